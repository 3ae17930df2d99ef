package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.related.Postings.Posting;
import org.junit.jupiter.api.Test;

class PostingsTest {

  @Test
  void shouldKeepNewestFirstAndDropTheOldestBeyondTheCap() {
    Postings postings = Postings.EMPTY
        .with(new Posting("b", 20, 0.5), 3)
        .with(new Posting("a", 10, 0.5), 3)
        .with(new Posting("d", 40, 0.5), 3)
        .with(new Posting("c", 20, 0.5), 3);

    assertThat(postings.items()).extracting(Posting::articleId).containsExactly("d", "b", "c");
  }

  @Test
  void shouldReplaceTheSameArticleAndRemoveIt() {
    Postings postings = Postings.EMPTY.with(new Posting("a", 10, 0.5), 3).with(new Posting("b", 20, 0.5), 3)
        .with(new Posting("a", 30, 0.9), 3);

    assertThat(postings.items()).containsExactly(new Posting("a", 30, 0.9), new Posting("b", 20, 0.5));
    assertThat(postings.without("a").items()).containsExactly(new Posting("b", 20, 0.5));
    assertThat(postings.without("zzz")).isSameAs(postings);
  }
}
