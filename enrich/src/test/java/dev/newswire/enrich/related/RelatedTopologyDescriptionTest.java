package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Instant;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/** The names a running application depends on: the sequence topic, the processor, the stores, the sinks. */
class RelatedTopologyDescriptionTest {

  @Test
  void shouldNameTheSequenceTopicProcessorStoresAndSinks() {
    TopologyDescription description = RelatedTestTopology
        .build(RelatedConfig.defaults(), ArticleSerdes.create(), Instant.EPOCH).describe();
    String text = description.toString();

    assertThat(description.subtopologies()).hasSize(2);
    assertThat(text).contains("Sink: related-sequence-repartition-sink (topic: related-sequence-repartition)",
        "Source: related-sequence-repartition-source (topics: [related-sequence-repartition])",
        "Processor: related-links (stores: [related-articles, related-cooccurrence, related-entities, related-timeline,"
            + " related-postings, related-stats, related-stories, related-terms, related-term-postings,"
            + " related-sequence-buffer])",
        "Sink: entity-profiles-sink (topic: news.entities)",
        "Sink: stories-sink (topic: news.stories)");
  }
}
