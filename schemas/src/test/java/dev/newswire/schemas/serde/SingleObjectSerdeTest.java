package dev.newswire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SingleObjectSerdeTest {

  private final ArticleSerdes serdes = ArticleSerdes.create();

  static NewsArticle article() {
    return NewsArticle.newBuilder()
        .setId("a1")
        .setSourceId("src-1")
        .setUrl("https://example.org/a1")
        .setHeadline("Héadline")
        .setBody("Body text.")
        .setAuthors(List.of("A. Writer"))
        .setIngestedAt(Instant.parse("2026-11-26T06:00:00Z"))
        .setPublishedAt(Instant.parse("2026-11-25T12:30:00Z"))
        .setContentHash("00ff")
        .setInputFormat(InputFormat.JSON)
        .build();
  }

  @Test
  void shouldWriteSingleObjectHeaderWithFingerprint() {
    byte[] bytes = serdes.newsArticle().serialize("t", article());

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(fingerprint).isEqualTo(SchemaNormalization.parsingFingerprint64(NewsArticle.getClassSchema()));
  }

  @Test
  void shouldRoundTripEveryField() {
    NewsArticle original = article();
    NewsArticle decoded = serdes.newsArticle().deserialize("t", serdes.newsArticle().serialize("t", original));

    assertThat(decoded).isEqualTo(original);
    assertThat(decoded.getPublishedAt()).isEqualTo(Instant.parse("2026-11-25T12:30:00Z"));
  }

  @Test
  void shouldKeepNullAsTombstone() {
    assertThat(serdes.newsArticle().serialize("t", null)).isNull();
    assertThat(serdes.newsArticle().deserialize("t", null)).isNull();
  }

  @Test
  void shouldRejectRandomBytesWithSerializationException() {
    byte[] garbage = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", garbage))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("cannot decode NewsArticle");
  }

  @Test
  void shouldRejectEmptyValue() {
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", new byte[0]))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("empty value");
  }

  @Test
  void shouldRejectTruncatedEvent() {
    byte[] bytes = serdes.newsArticle().serialize("t", article());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", truncated))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldRejectUnknownFingerprint() {
    byte[] bytes = serdes.newsArticle().serialize("t", article());
    bytes[5] ^= (byte) 0xFF;
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("unknown writer schema");
  }

  @Test
  void shouldNotDecodeOneTypeAsAnother() {
    byte[] bytes = serdes.newsArticle().serialize("t", article());
    assertThatThrownBy(() -> serdes.deadLetter().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldRoundTripDeadLetterWithOriginalBytes() {
    DeadLetter letter = DeadLetter.newBuilder()
        .setStage("ingest").setReason("EMPTY_INPUT").setErrorClass("x").setErrorMessage("file is empty")
        .setOriginalBytes(ByteBuffer.wrap(new byte[] {0, 1, 2})).setTimestamp(Instant.EPOCH).build();

    DeadLetter decoded = serdes.deadLetter().deserialize("t", serdes.deadLetter().serialize("t", letter));

    assertThat(decoded.getReason()).isEqualTo("EMPTY_INPUT");
    assertThat(decoded.getOriginalBytes().array()).containsExactly(0, 1, 2);
  }

  @Test
  void shouldRejectAStringLengthBiggerThanTheEventInsteadOfAllocatingIt() {
    byte[] header = Arrays.copyOf(serdes.newsArticle().serialize("t", article()), 10);
    // the id claims 2^31 - 10 bytes (zig-zag varint); Avro alone allocates that and runs out of memory
    byte[] bomb = concat(header, new byte[] {(byte) 0xEC, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 1, 2, 3});

    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", bomb))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("a string of 2147483638 bytes cannot fit in an event of 8 bytes");
  }

  @Test
  void shouldRejectInvalidUtf8InAStringInsteadOfReplacingIt() {
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", withBody(new byte[] {'a', (byte) 0xFF, 'b'})))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("a string of 3 bytes is not valid UTF-8");
  }

  @Test
  void shouldRejectAnEncodedSurrogateInAString() {
    byte[] loneSurrogate = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'y'};
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", withBody(loneSurrogate)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void shouldReadValidMultiByteUtf8() {
    byte[] text = "caf\u00e9 \ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(serdes.newsArticle().deserialize("t", withBody(text)).getBody()).isEqualTo("caf\u00e9 \ud83d\ude00");
  }

  @Test
  void shouldRejectBytesAfterTheRecord() {
    byte[] event = serdes.newsArticle().serialize("t", article());
    assertThatThrownBy(() -> serdes.newsArticle().deserialize("t", concat(event, new byte[] {0})))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("bytes follow the record");
  }

  /** The article's event with its body (short) replaced by raw bytes, spliced so nothing re-encodes them. */
  private byte[] withBody(byte[] body) {
    NewsArticle article = article();
    article.setBody("BODYMARKER");
    byte[] event = serdes.newsArticle().serialize("t", article);
    byte[] marker = "BODYMARKER".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = indexOf(event, marker);
    return concat(Arrays.copyOf(event, at - 1), new byte[] {(byte) (body.length << 1)}, body,
        Arrays.copyOfRange(event, at + marker.length, event.length));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new IllegalStateException("not found");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
