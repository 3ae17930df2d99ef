package dev.newswire.app.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @Test
  void shouldGenerateTheSameCorpusForTheSameSeed() {
    List<CorpusArticle> first = new CorpusGenerator(TextPool.builtIn(), 42).generate(30);
    List<CorpusArticle> second = new CorpusGenerator(TextPool.builtIn(), 42).generate(30);

    assertThat(second).isEqualTo(first);
    assertThat(new CorpusGenerator(TextPool.builtIn(), 42).article(17)).isEqualTo(first.get(17));
    assertThat(new CorpusGenerator(TextPool.builtIn(), 43).generate(30)).isNotEqualTo(first);
  }

  @Test
  void shouldKeepEveryBodyBetween300And1500Words() {
    List<CorpusArticle> articles = new CorpusGenerator(TextPool.builtIn(), CorpusGenerator.DEFAULT_SEED).generate(300);

    assertThat(articles).allSatisfy(article -> {
      assertThat(article.words()).isEqualTo(CorpusArticle.countWords(article.body()));
      assertThat(article.words()).isBetween(CorpusGenerator.MIN_WORDS, CorpusGenerator.MAX_WORDS);
    });
    // lengths are spread over the range, not bunched at one end
    assertThat(articles).anyMatch(a -> a.words() < 600).anyMatch(a -> a.words() > 1200);
  }

  @Test
  void shouldGiveArticlesDifferentTextsAndCasts() {
    List<CorpusArticle> articles = new CorpusGenerator(TextPool.builtIn(), 7).generate(50);
    Set<String> bodies = new HashSet<>();
    Set<String> firstParagraphs = new HashSet<>();
    for (CorpusArticle article : articles) {
      bodies.add(article.body());
      firstParagraphs.add(article.body().substring(0, article.body().indexOf('\n')));
    }

    assertThat(bodies).hasSize(50);
    assertThat(firstParagraphs.size()).isGreaterThan(10);
    assertThat(articles).anyMatch(a -> a.standfirst() == null).anyMatch(a -> a.standfirst() != null);
  }

  @Test
  void shouldRecastNamesConsistentlyWithinAnArticle() {
    NameShuffler shuffler = new NameShuffler();
    var cast = shuffler.draw(new java.util.Random(3));
    String recast = shuffler.recast("Christine Lagarde spoke in Frankfurt. Lagarde said Deutsche Bank agreed.", cast);

    String person = cast.get("Christine Lagarde");
    assertThat(recast).startsWith(person + " spoke in " + cast.get("Frankfurt") + ". ")
        .contains(person.substring(person.lastIndexOf(' ') + 1) + " said " + cast.get("Deutsche Bank") + " agreed.");
  }

  @Test
  void shouldReadParagraphsFromTheProjectSamples(@TempDir Path home) throws IOException {
    Files.createDirectories(home.resolve("samples"));
    Files.writeString(home.resolve("samples").resolve("one.txt"), String.join("\n",
        "Ferry Operators Add Winter Sailings",
        "",
        "Ferry operators on the west coast said on Monday that they would add winter sailings to three islands.",
        "A spokesman for the harbour authority in Oban said demand had risen sharply since the spring."));

    TextPool pool = TextPool.load(home);

    assertThat(pool.headlines()).contains("Ferry Operators Add Winter Sailings");
    assertThat(pool.paragraphs()).anyMatch(p -> p.startsWith("A spokesman for the harbour authority in Oban"));
    assertThat(pool.sources()).containsExactly("built-in", Path.of("samples", "one.txt").toString());
  }
}
