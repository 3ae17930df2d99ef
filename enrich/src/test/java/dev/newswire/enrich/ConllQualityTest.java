package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.enrich.eval.BareCrfBaseline;
import dev.newswire.enrich.eval.ConllDevSetReader;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.DevSetEvaluation;
import dev.newswire.enrich.eval.EvalReport;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.link.RocksKbIndex;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.enrich.testing.SharedData;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality floor on newswire the team did not write: the whole enricher over the CoNLL-2003
 * development set in {@code ../shared} (skipped where it is absent), against the bare CoNLL CRF of the
 * same run. The floors are the figures measured when they were set, rounded down; a change that loses
 * points fails here.
 */
class ConllQualityTest {

  private final List<EnrichedArticle> enriched = new ArrayList<>();

  private EnrichedArticle keep(EnrichedArticle article) {
    enriched.add(article);
    return article;
  }

  /**
   * Entities typed PERSON linked to a title annotators only ever linked places, organisations or other
   * names to, or typed ORGANIZATION or LOCATION linked to a title they mostly linked people to (issue 11).
   */
  private List<String> personContradictions() {
    LinkCounts counts = LinkCounts.shipped();
    List<String> found = new ArrayList<>();
    for (EnrichedArticle article : enriched) {
      for (Entity entity : article.getEntities()) {
        if (entity.getKbId() == null) {
          continue;
        }
        counts.votes(entity.getKbId())
            .filter(v -> v.contradicts(entity.getType().name()))
            .ifPresent(v -> found.add(article.getId() + " " + entity.getName() + " " + entity.getType() + " "
                + entity.getKbId()));
      }
    }
    return found;
  }

  @Test
  void shouldBeatTheBareCrfOnTheDevelopmentSet() throws IOException {
    Path dir = SharedData.conll2003();
    assumeTrue(Files.isDirectory(dir) && ConllDevSetReader.isConllFolder(dir),
        "no CoNLL-2003 set at " + dir + " (../shared is absent): quality floor not checked");
    List<DevArticle> articles = ConllDevSetReader.read(dir, "dev");
    Clock clock = Clock.systemUTC();
    EvalReport ours;
    try (RocksKbIndex index = new KbIndexCache(KbIndexCache.defaultRoot(), clock).openCoreNlp()) {
      ArticleEnricher enricher = new ArticleEnricher(new CrfNerEngine(), KbOverrides.curated(), index, clock);
      ours = new DevSetEvaluation(article -> keep(enricher.enrich(article)), clock).run(articles);
    }
    EvalReport bare = new DevSetEvaluation(new BareCrfBaseline()::enrich, clock).run(articles);

    assertThat(ours.counts().f1()).as("F1").isGreaterThanOrEqualTo(0.940);
    assertThat(ours.counts().f1()).isGreaterThan(bare.counts().f1() + 0.005);
    // every type at or above the bare CRF (MISC: 0.893 against 0.891 since places merge into the events they name)
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC)) {
      assertThat(ours.of(type).f1()).as("%s F1", type).isGreaterThanOrEqualTo(bare.of(type).f1());
    }
    assertThat(ours.spans().f1()).as("span F1").isGreaterThanOrEqualTo(0.964);
    // linking, as score_links.py counts it (0.682, 0.603, 0.703 and ORG 0.384 before issue 11; 0.857, 0.752,
    // 0.862 and 0.853 with the link ranker)
    assertThat(ours.linking().value()).as("linking accuracy").isGreaterThanOrEqualTo(0.855);
    assertThat(ours.nil().value()).as("NIL accuracy").isGreaterThanOrEqualTo(0.75);
    assertThat(ours.endToEndLinks().f1()).as("end-to-end link F1").isGreaterThanOrEqualTo(0.86);
    assertThat(ours.linkingOf(EntityType.ORGANIZATION).value()).as("ORG linking").isGreaterThanOrEqualTo(0.85);
    assertThat(enriched).hasSize(articles.size());
    assertThat(personContradictions()).as("entities whose type and linked title disagree on being a person")
        .isEmpty();
  }
}
