package dev.newswire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.InputFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is recognised from its content alone: without a file name and under a misleading one. */
class SampleDetectionTest {

  private final FormatDetector detector = FormatDetector.standard(FormatLimits.defaults());

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("ninjs/harbour-ninjs2.json", InputFormat.NINJS),
        Arguments.of("ninjs/minimal-ninjs1.json", InputFormat.NINJS),
        Arguments.of("ninjs/zurich-ninjs1-german.json", InputFormat.NINJS),
        Arguments.of("json/market-close.json", InputFormat.JSON),
        Arguments.of("json/minimal.json", InputFormat.JSON),
        Arguments.of("json/greek.jsonl", InputFormat.JSONL),
        Arguments.of("nitf/bridge-full.nitf.xml", InputFormat.NITF),
        Arguments.of("nitf/minimal.xml", InputFormat.NITF),
        Arguments.of("nitf/lyon-french.nitf", InputFormat.NITF),
        Arguments.of("newsml-g2/orchestra-xhtml.xml", InputFormat.NEWSML_G2),
        Arguments.of("newsml-g2/inline-nitf-minimal.xml", InputFormat.NEWSML_G2),
        Arguments.of("newsml-g2/warsaw-polish.xml", InputFormat.NEWSML_G2),
        Arguments.of("rss/city-desk.rss", InputFormat.RSS),
        Arguments.of("rss/minimal.xml", InputFormat.RSS),
        Arguments.of("rss/madrid-spanish.rss", InputFormat.RSS),
        Arguments.of("atom/science-desk.atom", InputFormat.ATOM),
        Arguments.of("atom/minimal.atom", InputFormat.ATOM),
        Arguments.of("atom/tokyo-japanese.xml", InputFormat.ATOM),
        Arguments.of("html/wildfire-article.html", InputFormat.HTML),
        Arguments.of("html/minimal.html", InputFormat.HTML),
        Arguments.of("html/prague-czech.htm", InputFormat.HTML));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void shouldDetectTheFormatFromContent(String sample, InputFormat expected) {
    byte[] bytes = Samples.bytes(sample);

    ParseResult unnamed = detector.parse(new RawInput("stdin", null, bytes));
    ParseResult misnamed = detector.parse(new RawInput("x", "upload.txt", bytes));

    assertThat(unnamed.format()).isEqualTo(expected);
    assertThat(unnamed.failures()).isEmpty();
    assertThat(unnamed.articles()).isNotEmpty();
    assertThat(misnamed.format()).isEqualTo(expected);
  }
}
