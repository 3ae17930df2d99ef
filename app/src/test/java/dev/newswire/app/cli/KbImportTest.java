package dev.newswire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.link.AliasIndex;
import dev.newswire.enrich.link.AliasedKbIndex;
import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire kb import}: a user's alias table changes the links enrich gives. */
class KbImportTest {

  private static final String BODY = "SpaceX launched 22 more Starlink satellites from Florida on Tuesday. "
      + "Equinor, the Norwegian energy company, said its offshore platforms would use Starlink terminals.";

  @TempDir
  Path dir;

  @Test
  void shouldChangeTheLinksOfTheRealEnricherToTheImportedRows() throws IOException {
    Path kb = dir.resolve("kb");
    Path table = Files.writeString(dir.resolve("fresh.tsv"),
        "# a fresher Wikipedia than 2014\nStarlink\tStarlink\t0.95\tORGANIZATION\nEquinor\tEquinor\t1\tORGANIZATION\n",
        StandardCharsets.UTF_8);
    CliRun cli = new CliRun();

    assertThat(cli.run("kb", "import", table.toString(), "--kb-dir", kb.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2 row(s) from 1 file(s) into " + kb.resolve(AliasIndex.DIR));

    Clock clock = Clock.systemUTC();
    CrfNerEngine engine = new CrfNerEngine();
    Map<String, String> before;
    Map<String, String> after;
    EnrichedArticle imported;
    try (KbIndex dictionary = new KbIndexCache(KbIndexCache.defaultRoot(), clock).openCoreNlp()) {
      before = links(new ArticleEnricher(engine, KbOverrides.curated(), dictionary, clock).enrich(article()));
    }
    try (KbIndex dictionary = new KbIndexCache(KbIndexCache.defaultRoot(), clock).openCoreNlp();
        KbIndex layered = new AliasedKbIndex(new AliasIndex(kb).open().orElseThrow(), dictionary)) {
      imported = new ArticleEnricher(engine, KbOverrides.curated(), layered, clock).enrich(article());
      after = links(imported);
    }
    // the 2014 dictionary: Starlink is transgenic maize (left unlinked), Equinor (renamed 2018) unknown
    assertThat(before).containsEntry("SpaceX", "SpaceX").containsEntry("Starlink", null).containsEntry("Equinor", null);
    assertThat(after).containsEntry("SpaceX", "SpaceX").containsEntry("Starlink", "Starlink")
        .containsEntry("Equinor", "Equinor");
    // the rows' type is the entities' type
    assertThat(imported.getEntities()).filteredOn(e -> e.getKbId() != null && e.getKbId().startsWith("Starlink"))
        .extracting(e -> e.getType().name()).containsOnly("ORGANIZATION");
  }

  @Test
  void shouldRefuseABadTableAndKeepThePreviousImport() throws IOException {
    Path kb = dir.resolve("kb");
    Path good = Files.writeString(dir.resolve("good.tsv"), "Kyiv\tKyiv\t1\n", StandardCharsets.UTF_8);
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "Starlink\tStarlink\t0.9\nEquinor\tEquinor\n",
        StandardCharsets.UTF_8);
    CliRun first = new CliRun();
    assertThat(first.run("kb", "import", good.toString(), "--kb-dir", kb.toString())).isZero();

    CliRun second = new CliRun();
    assertThat(second.run("kb", "import", bad.toString(), "--kb-dir", kb.toString())).isEqualTo(1);
    assertThat(second.err()).contains("bad.tsv line 2").contains("nothing imported; the previous aliases stay");
    try (KbIndex aliases = new AliasIndex(kb).open().orElseThrow()) {
      assertThat(aliases.lookup("Kyiv")).isPresent();
      assertThat(aliases.lookup("Starlink")).isEmpty();
    }

    CliRun missing = new CliRun();
    assertThat(missing.run("kb", "import", dir.resolve("nope.tsv").toString(), "--kb-dir", kb.toString()))
        .isEqualTo(2);
    assertThat(missing.err()).contains("no such file").contains("nope.tsv");
  }

  private static NewsArticle article() {
    return new DevArticle("kb-import-1", "SpaceX adds Starlink satellites", BODY, List.of()).toNewsArticle(Instant.EPOCH);
  }

  private static Map<String, String> links(EnrichedArticle article) {
    Map<String, String> links = new HashMap<>();
    for (Entity entity : article.getEntities()) {
      links.put(entity.getName(), entity.getKbId());
    }
    return links;
  }
}
