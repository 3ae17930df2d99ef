/**
 * Related links and stories (issues 4 and 12): for each enriched article, its earlier related
 * articles ({@code related}), its story thread ({@code storyId}), its related topics ({@code topics},
 * kind RELATED), a live profile per entity on the compacted topic {@code news.entities} and a summary
 * per story on the compacted topic {@code news.stories}. {@link dev.newswire.enrich.related.RelatedLinksStep#attach}
 * adds the step to a topology; {@link dev.newswire.enrich.related.RelatedConfig} holds its settings.
 *
 * <pre>
 *  enriched articles (N partitions, any instance)
 *        │  repartition "related-sequence": ONE partition -> one task sees every article, in one order
 *        ▼
 *  related-links processor ── stores (persistent, changelogged, bounded by the windows and caps):
 *        │   0. wait until the burst is over, then take it in publication order   related-sequence-buffer
 *        │   1. event time = publishedAt (if plausible) else ingestedAt; keep time = max(event time,
 *        │      ingestedAt); stream time = max keep time
 *        │   2. expire: the topic window (7 days), then the story window (30 days)  related-timeline
 *        │   3. index the article: entity df and partners (topic window);         related-entities / -cooccurrence
 *        │      digest, entity and term postings, term df (story window)          related-articles / -postings /
 *        │                                                                          -term-postings / -terms
 *        │   4. related[] and storyId: candidates from both postings -> text cosine and entity overlap;
 *        │      join the best earlier article's story or start one; MinHash duplicates   related-stories
 *        │   5. topics[]: partners of its salient entities -> salience-weighted NPMI
 *        ├──► linked article (key: article id) ──► returned, for news.articles.enriched
 *        ├──► EntityProfile of every entity whose window changed (key: entity id; null = left) ──► news.entities
 *        └──► Story of every story an article joined or left (key: story id; null = left) ──► news.stories
 * </pre>
 *
 * <p>Consistency: the articles of one burst (no pause of {@code sequence.quiet.ms}, at most
 * {@code sequence.max.hold.ms} long) are linked in publication order whatever order they arrive in; an
 * article sees every article linked before it that was published no later than it and at most the
 * story window earlier. An archive article (published long before it was ingested) is kept for the
 * window counted from its ingestion, so the articles of a backfill link to each other by publication
 * time whatever years they are from; only an article replayed more than the window after its
 * ingestion is linked against what the window holds but not kept.
 */
package dev.newswire.enrich.related;
