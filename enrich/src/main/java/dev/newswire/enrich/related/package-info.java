/**
 * Related links (issue 4): for each enriched article, its earlier related articles ({@code related}),
 * its related topics ({@code topics}, kind RELATED), and a live profile per entity on the compacted
 * topic {@code news.entities}. {@link dev.newswire.enrich.related.RelatedLinksStep#attach} adds the
 * step to a topology; {@link dev.newswire.enrich.related.RelatedConfig} holds its settings.
 *
 * <pre>
 *  enriched articles (N partitions, any instance)
 *        │  repartition "related-sequence": ONE partition -> one task sees every article, in one order
 *        ▼
 *  related-links processor ── stores (persistent, changelogged, bounded by the window and caps):
 *        │   1. event time = publishedAt (if plausible) else ingestedAt; keep time = max(event time,
 *        │      ingestedAt); stream time = max keep time
 *        │   2. expire articles kept since before stream time - window   related-timeline -> related-articles
 *        │   3. index the article: df, postings, partner counts      related-entities / -postings / -cooccurrence
 *        │   4. related[]: postings of its salient entities -> IDF-weighted overlap, MinHash duplicates
 *        │   5. topics[]: partners of its salient entities -> salience-weighted NPMI
 *        ├──► linked article (key: article id) ──► returned, for news.articles.enriched
 *        └──► EntityProfile of every entity whose window changed (key: entity id; null = left the window)
 *                 ──► news.entities (compacted)
 * </pre>
 *
 * <p>Consistency: an article sees every article that reached the sequence topic before it (upstream
 * enrichment committed, under exactly-once) and was published no later than it and at most the window
 * earlier. Articles that reach the sequence in the same moment are ordered arbitrarily; the one that
 * comes second sees the first only if the first was published no later. An archive article (published
 * long before it was ingested) is kept for the window counted from its ingestion, so the articles of a
 * backfill link to each other by publication time whatever years they are from and in whatever order
 * the years arrive; only an article replayed more than the window after its ingestion is linked
 * against what the window holds but not kept.
 */
package dev.newswire.enrich.related;
