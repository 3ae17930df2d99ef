package dev.newswire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.schemas.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sample in the repository's samples/ folder reads without a failure. */
class RepositorySamplesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private final FormatDetector detector = FormatDetector.standard(FormatLimits.defaults());

  @Test
  void shouldReadEverySampleWithoutFailure() throws IOException {
    assumeTrue(Files.isDirectory(SAMPLES), "no samples/ folder beside the module; skipping");
    List<Path> files;
    try (Stream<Path> listing = Files.list(SAMPLES)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    assumeTrue(!files.isEmpty(), "samples/ is empty; skipping");
    for (Path file : files) {
      ParseResult result = parse(file);
      assertThat(result.failures()).as(file.toString()).isEmpty();
      assertThat(result.articles()).as(file.toString()).isNotEmpty();
      if (result.format() == InputFormat.WIRE_TEXT) {
        ArticleDraft article = result.articles().get(0);
        assertThat(article.section()).as(file + " section").isNotNull();
        assertThat(article.standfirst()).as(file + " standfirst").isNotNull();
        assertThat(article.source()).as(file + " source").isNotNull();
        assertThat(article.body()).as(file + " body").doesNotContain("Discuss").doesNotContain("\n\n");
      }
    }
  }

  @Test
  void shouldDropTheTeaserOfTheSummitSample() throws IOException {
    Path file = SAMPLES.resolve("02-japan-korea-summit.txt");
    assumeTrue(Files.isRegularFile(file), file + " not found; skipping");

    ArticleDraft article = parse(file).articles().get(0);

    assertThat(article.headline()).isEqualTo("Japan and South Korea Pledge Closer Ties at Tokyo Summit");
    assertThat(article.body()).doesNotContain("Why Seoul and Tokyo Keep Returning to the Same Table")
        .doesNotContainPattern("(?m)^Analysis$")
        .contains("Lee said South Korea wanted stable relations")
        .endsWith("the situation on the Korean Peninsula.");
  }

  private ParseResult parse(Path file) throws IOException {
    return detector.parse(new RawInput(file.toString(), file.getFileName().toString(), Files.readAllBytes(file)));
  }
}
