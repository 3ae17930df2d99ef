package dev.newswire.ingest.format.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real wire copy in the shared seeds; skipped where the shared folder is not beside the checkout. */
class SeedArticleTest {

  private static final String SEED = "seeds/000_bb895069f098deff.txt";

  private ArticleDraft article;

  @BeforeEach
  void parseSeed() throws IOException {
    Path seed = Stream.of(Path.of("..", "shared", SEED), Path.of("..", "..", "shared", SEED))
        .filter(Files::isRegularFile)
        .findFirst()
        .orElse(null);
    assumeTrue(seed != null, "shared seed " + SEED + " not found beside the module or the repository; skipping");
    byte[] bytes = Files.readAllBytes(seed);
    ParseResult result = new WireTextFormat(FormatLimits.defaults()).parse(WireTextFormatTest.document(bytes));
    assertThat(result.failures()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    article = result.articles().get(0);
  }

  @Test
  void shouldReadHeaderParts() {
    assertThat(article.headline()).isEqualTo("North Korea: NATO and US' Asian Allies are \u2018Cancer Tumor\u2019");
    assertThat(article.section()).isEqualTo("World");
    assertThat(article.source()).isEqualTo("Sputnik");
    assertThat(article.standfirst()).startsWith("North Korean Vice Foreign Minister Im Chon Il slammed NATO")
        .endsWith("published by the state-run news agency.");
  }

  @Test
  void shouldKeepEveryRealParagraph() {
    String[] lines = article.body().split("\n");
    assertThat(lines).hasSize(10);
    assertThat(lines[0]).startsWith("The DPRK has described NATO and the Asian alliance");
    assertThat(lines[2]).startsWith("Im Chon Il added that the US is attempting to interfere");
    assertThat(lines[3]).startsWith("\"The US' unjust and outrageous hostility");
    assertThat(lines[6]).startsWith("The US' approach to Russian-North Korean relations");
    assertThat(lines[7]).startsWith("Last month, North Korean leader Kim Jong Un visited Russia");
    assertThat(lines[9]).startsWith("The North Korean leader went on to visit different parts");
  }

  @Test
  void shouldDropTeasersLabelsAndFurniture() {
    assertThat(article.body())
        .doesNotContain("US Main Instigator of Coups, Terrorism, and Assassinations Around World - Media Commentator")
        .doesNotContain("Putin Face-to-Face, Soyuz-2 & Ballet: Kim Jong Un's 'Big Agenda' Russia Trip")
        .doesNotContain("Discuss")
        .doesNotContainPattern("(?m)^Analysis$")
        .doesNotContainPattern("(?m)^World$")
        .doesNotContain("\n\n");
  }
}
