package dev.newswire.enrich.related;

import static dev.newswire.enrich.related.Wire.KIM;
import static dev.newswire.enrich.related.Wire.PUTIN;
import static dev.newswire.enrich.related.Wire.T0;
import static dev.newswire.enrich.related.Wire.US;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDigestTest {

  private static final EnrichedArticle ARTICLE =
      Wire.article("a", T0, "Body text.", US.at(0.3), KIM.at(1.0), PUTIN.at(0.3), KIM.at(0.5));

  @Test
  void shouldUsePublishedTimeWhenKnownAndPlausible() {
    assertThat(ArticleDigest.eventTimeOf(ARTICLE)).isEqualTo(T0.toEpochMilli());

    EnrichedArticle undated = EnrichedArticle.newBuilder(ARTICLE).setPublishedAt(null).build();
    assertThat(ArticleDigest.eventTimeOf(undated)).isEqualTo(ARTICLE.getIngestedAt().toEpochMilli());

    EnrichedArticle future = EnrichedArticle.newBuilder(ARTICLE)
        .setPublishedAt(ARTICLE.getIngestedAt().plus(Duration.ofDays(1)).plusMillis(1)).build();
    assertThat(ArticleDigest.eventTimeOf(future)).isEqualTo(ARTICLE.getIngestedAt().toEpochMilli());
  }

  @Test
  void shouldKeepALiveArticleByItsPublishedTimeAndAnArchiveArticleByItsIngestion() {
    assertThat(ArticleDigest.keepTimeOf(ARTICLE)).isEqualTo(ARTICLE.getIngestedAt().toEpochMilli());
    EnrichedArticle early = EnrichedArticle.newBuilder(ARTICLE)
        .setPublishedAt(ARTICLE.getIngestedAt().plus(Duration.ofHours(2))).build();
    assertThat(ArticleDigest.keepTimeOf(early)).isEqualTo(early.getPublishedAt().toEpochMilli());
    EnrichedArticle archived = EnrichedArticle.newBuilder(ARTICLE)
        .setIngestedAt(T0.plus(Duration.ofDays(1500))).build();
    assertThat(ArticleDigest.keepTimeOf(archived)).isEqualTo(T0.plus(Duration.ofDays(1500)).toEpochMilli());
    assertThat(ArticleDigest.eventTimeOf(archived)).isEqualTo(T0.toEpochMilli());
  }

  @Test
  void shouldIndexOneEntryPerEntityMostSalientFirstUpToTheCap() {
    assertThat(ArticleDigest.indexed(ARTICLE, 10)).extracting(Entity::getId, Entity::getSalience)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(KIM.id(), 1.0),
            org.assertj.core.groups.Tuple.tuple(US.id(), 0.3), org.assertj.core.groups.Tuple.tuple(PUTIN.id(), 0.3));
    assertThat(ArticleDigest.indexed(ARTICLE, 2)).extracting(Entity::getId).containsExactly(KIM.id(), US.id());
  }

  @Test
  void shouldKeepSalientEntitiesOnly() {
    ArticleDigest digest = ArticleDigest.of(ARTICLE, ArticleDigest.indexed(ARTICLE, 10), List.of());

    assertThat(digest.entities()).containsExactly(new IndexedEntity(KIM.id(), 1.0), new IndexedEntity(US.id(), 0.3),
        new IndexedEntity(PUTIN.id(), 0.3));
    assertThat(digest.salient(0.5)).containsOnlyKeys(KIM.id());
    assertThat(digest.publishedAt()).isEqualTo(T0.toEpochMilli());
    assertThat(digest.headline()).isEqualTo("Headline of a");
  }
}
