package dev.newswire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.FeedTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads the sample files under src/test/resources/samples/ through the standard detector. */
public final class Samples {

  private static final FormatDetector DETECTOR = FormatDetector.standard(FormatLimits.defaults());

  private Samples() {}

  public static byte[] bytes(String relative) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + relative);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a sample under its own file name. */
  public static ParseResult parse(String relative) {
    return DETECTOR.parse(new RawInput("samples/" + relative, Path.of(relative).getFileName().toString(),
        bytes(relative)));
  }

  /** The one article of a sample that must parse without failures. */
  public static ArticleDraft only(String relative) {
    ParseResult result = parse(relative);
    assertThat(result.failures()).as(relative).isEmpty();
    assertThat(result.articles()).as(relative).hasSize(1);
    return result.articles().get(0);
  }

  public static FeedTag tag(String kind, String name, String code) {
    return FeedTag.newBuilder().setKind(kind).setName(name).setCode(code).build();
  }
}
