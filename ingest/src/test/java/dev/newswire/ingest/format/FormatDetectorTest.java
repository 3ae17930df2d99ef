package dev.newswire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private final FormatDetector detector = FormatDetector.standard(FormatLimits.defaults());

  @Test
  void shouldRejectEmptyFileAndWhitespace() {
    assertFailure(new byte[0], "empty.txt", RejectReason.EMPTY_INPUT, "file is empty");
    assertFailure(new byte[0], null, RejectReason.EMPTY_INPUT, "input is empty");
    assertFailure(utf8(" \n\t\n"), "blank.txt", RejectReason.EMPTY_INPUT, "input contains only whitespace");
  }

  @Test
  void shouldRejectNulBytesAsBinaryNamingTheOffset() {
    byte[] bytes = utf8("PNG header.\0\0\0 and more");

    assertFailure(bytes, "image.txt", RejectReason.BINARY_INPUT, "input looks binary (NUL byte at offset 11)");
  }

  @Test
  void shouldRejectManyControlCharactersAsBinary() {
    byte[] bytes = utf8("ab\u0001\u0002\u0003\u0004cd");

    assertFailure(bytes, "x.txt", RejectReason.BINARY_INPUT, "input looks binary (4 control characters in 8)");
  }

  @Test
  void shouldRejectInvalidUtf8NamingTheByte() {
    byte[] latin1 = "Caf\u00e9 opens\n\nbody.".getBytes(StandardCharsets.ISO_8859_1);

    assertFailure(latin1, "cafe.txt", RejectReason.INVALID_ENCODING,
        "input is not valid UTF-8 (bad byte 0xE9 at offset 3)");
  }

  @Test
  void shouldRejectUtf16ByteOrderMark() {
    byte[] bytes = "Headline\n\nBody.".getBytes(StandardCharsets.UTF_16);

    assertFailure(bytes, "u.txt", RejectReason.INVALID_ENCODING,
        "input starts with a UTF-16 byte order mark; only UTF-8 is supported");
  }

  @Test
  void shouldRejectMarkupAsUnsupported() {
    assertFailure(utf8("<catalog><book/></catalog>"), "books.xml", RejectReason.UNSUPPORTED_FORMAT,
        "XML root element <catalog> is not a news format ingest reads (nitf, newsItem, newsMessage, rss, "
            + "rdf:RDF, feed, html)");
    assertFailure(utf8("<catalog><book/></catalog>"), null, RejectReason.UNSUPPORTED_FORMAT,
        "unsupported format: neither the content nor the file name matches a known format (ninjs, JSON, NITF, "
            + "NewsML-G2, RSS/Atom, HTML, other XML, wire text)");
  }

  @Test
  void shouldChooseByContentFirstAndFileNameSecond() {
    ParseResult jsonInTxt = detector.parse(new RawInput("a", "a.txt", utf8("{\"headline\": \"H\", \"body\": \"B\"}")));
    ParseResult bracketWireText = detector.parse(new RawInput("b", "b.txt", utf8("[UPDATE] Markets Rally\n\nStocks rose.")));
    ParseResult brokenJsonByName = detector.parse(new RawInput("c", "c.json", utf8("<not json>")));

    assertThat(jsonInTxt.format()).isEqualTo(InputFormat.JSON);
    assertThat(jsonInTxt.articles()).hasSize(1);
    assertThat(bracketWireText.format()).isEqualTo(InputFormat.WIRE_TEXT);
    assertThat(bracketWireText.articles().get(0).headline()).isEqualTo("[UPDATE] Markets Rally");
    assertThat(brokenJsonByName.format()).isEqualTo(InputFormat.JSON);
    assertThat(brokenJsonByName.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.MALFORMED_JSON);
  }

  @Test
  void shouldAcceptUtf8ByteOrderMark() {
    byte[] text = utf8("\uFEFFHeadline Without Section\n\nThe body sentence.");

    ParseResult result = detector.parse(new RawInput("bom", null, text));

    assertThat(result.articles().get(0).headline()).isEqualTo("Headline Without Section");
  }

  private void assertFailure(byte[] bytes, String fileName, RejectReason reason, String message) {
    ParseResult result = detector.parse(new RawInput("origin", fileName, bytes));
    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).reason()).isEqualTo(reason);
    assertThat(result.failures().get(0).message()).isEqualTo(message);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
