package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.Counts;
import dev.newswire.enrich.eval.Ratio;

/**
 * The figures of one run over a story stream.
 *
 * @param run what ran, e.g. {@code live-like} or {@code tfidf>=0.15}
 * @param related related pairs found against the gold pairs
 * @param nearRecall gold related pairs at most {@link StoryScorer#NEAR} apart that were found
 * @param stories story B-cubed of the predicted stories
 * @param explicitStories true when the stories are the output's story ids, false when they are the
 *     components of the related links
 * @param duplicates duplicate pairs found against the gold ones; null when the run marks none
 * @param topics related-topic hits; null when the run gives no topics
 * @param outputs articles the run gave an output for
 */
public record StoryScore(String run, Counts related, Ratio nearRecall, BCubed stories, boolean explicitStories,
    Counts duplicates, TopicHits topics, int outputs) {}
