package dev.newswire.enrich.eval;

import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline every NER change is measured against: CoreNLP's CoNLL 4-class CRF alone, on each field as
 * it stands (no text preparation, no repair, no knowledge base, no other model), tokenized as enrich
 * tokenizes (hyphenated words whole, as the CRF was trained) and decoded as enrich decodes (each
 * token's most probable label; on the development set 5,484 right against 5,483 for the Viterbi path). In: an article; out: an enriched article whose entities are the CRF's mentions, one entity
 * each, unlinked. Loads its own model (about 2 s).
 */
public final class BareCrfBaseline {

  private final CrfNerEngine engine;

  public BareCrfBaseline() {
    this.engine = CrfNerEngine.bare(CrfNerEngine.CORENLP_CONLL_MODEL);
  }

  public EnrichedArticle enrich(NewsArticle article) {
    AvroTrust.ensureInstalled();
    List<Entity> entities = new ArrayList<>();
    addMentions(entities, "headline", article.getHeadline());
    addMentions(entities, "body", article.getBody());
    return EnrichedArticle.newBuilder()
        .setId(article.getId())
        .setHeadline(article.getHeadline())
        .setBody(article.getBody())
        .setIngestedAt(article.getIngestedAt())
        .setContentHash(article.getContentHash())
        .setInputFormat(article.getInputFormat())
        .setEntities(entities)
        .setTopics(List.of())
        .setRelated(List.of())
        .setEnrichment(EnrichmentInfo.newBuilder()
            .setPipelineVersion("baseline")
            .setModels(engine.models())
            .setLinkerIndex(null)
            .setEnrichedAt(article.getIngestedAt())
            .setProcessingMillis(0L)
            .build())
        .build();
  }

  private void addMentions(List<Entity> entities, String field, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (RawMention mention : engine.recognize(field, text)) {
      EntityType type = typeOf(mention.label());
      if (type != null) {
        entities.add(Entity.newBuilder()
            .setId(field + ":" + mention.start())
            .setName(mention.text())
            .setType(type)
            .setSalience(0.0)
            .setMentions(List.of(new Mention(field, mention.start(), mention.end(), mention.text())))
            .build());
      }
    }
  }

  private static EntityType typeOf(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
