package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One answer the ranker weighs for a mention group: a link, or none ({@code link} null: the name has no
 * page), with the features that describe it ({@link LinkCandidates}).
 */
public record LinkCandidate(Link link, Map<String, Double> features) {

  public LinkCandidate {
    features = Collections.unmodifiableMap(new TreeMap<>(features)); // a fixed order: sums come out the same
  }

  public boolean isNil() {
    return link == null;
  }

  /** The title, or null for none. */
  public String title() {
    return link == null ? null : link.title();
  }
}
