package dev.newswire.enrich.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recent articles that mention one entity, newest first (ties by article id), at most a cap: the
 * inverted index the related-article lookup reads. Immutable; every change returns a new list.
 */
record Postings(List<Posting> items) {

  /** One article that mentions the entity, with the entity's salience in it. */
  record Posting(String articleId, long eventTime, double salience) {}

  static final Comparator<Posting> NEWEST_FIRST =
      Comparator.comparingLong(Posting::eventTime).reversed().thenComparing(Posting::articleId);

  static final Postings EMPTY = new Postings(List.of());

  Postings {
    items = List.copyOf(items);
  }

  /** With {@code posting} in its place (replacing one of the same article); the oldest beyond {@code cap} dropped. */
  Postings with(Posting posting, int cap) {
    List<Posting> next = new ArrayList<>(items.size() + 1);
    for (Posting item : items) {
      if (!item.articleId().equals(posting.articleId())) {
        next.add(item);
      }
    }
    next.add(posting);
    next.sort(NEWEST_FIRST);
    return new Postings(next.size() > cap ? next.subList(0, cap) : next);
  }

  /** Without the article, if it is here. */
  Postings without(String articleId) {
    List<Posting> next = new ArrayList<>(items);
    next.removeIf(item -> item.articleId().equals(articleId));
    return next.size() == items.size() ? this : new Postings(next);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  int size() {
    return items.size();
  }
}
