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
}
