package dev.newswire.schemas.serde;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.catalog.SchemaCatalog;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The serdes of newswire's events, each decoding every released version of its schema.
 * Create one instance per process (or per test) and pass it where it is needed.
 */
public final class ArticleSerdes {

  private final SingleObjectSerde<NewsArticle> newsArticle;
  private final SingleObjectSerde<EnrichedArticle> enrichedArticle;
  private final SingleObjectSerde<DeadLetter> deadLetter;
  private final SingleObjectSerde<EntityProfile> entityProfile;
  private final SingleObjectSerde<Story> story;

  private ArticleSerdes(SchemaCatalog catalog, SchemaStore fallback) {
    AvroTrust.ensureInstalled();
    newsArticle = build(NewsArticle.class, NewsArticle.getClassSchema(), NewsArticle.getEncoder(), catalog, fallback);
    enrichedArticle = build(EnrichedArticle.class, EnrichedArticle.getClassSchema(), EnrichedArticle.getEncoder(),
        catalog, fallback);
    deadLetter = build(DeadLetter.class, DeadLetter.getClassSchema(), DeadLetter.getEncoder(), catalog, fallback);
    entityProfile = build(EntityProfile.class, EntityProfile.getClassSchema(), EntityProfile.getEncoder(), catalog,
        fallback);
    story = build(Story.class, Story.getClassSchema(), Story.getEncoder(), catalog, fallback);
  }

  /** Serdes that know the released schemas shipped with this build. */
  public static ArticleSerdes create() {
    return create(KnownSchemas.NONE);
  }

  /**
   * Serdes that know the released schemas shipped with this build and, for an event written with any
   * other schema (a newer release's), ask {@code fallback} for the writer schema of its fingerprint.
   * The fallback is asked once per unknown fingerprint that it resolves: the decoder keeps the answer.
   */
  public static ArticleSerdes create(SchemaStore fallback) {
    return new ArticleSerdes(SchemaCatalog.load(), fallback);
  }

  public SingleObjectSerde<NewsArticle> newsArticle() {
    return newsArticle;
  }

  public SingleObjectSerde<EnrichedArticle> enrichedArticle() {
    return enrichedArticle;
  }

  public SingleObjectSerde<DeadLetter> deadLetter() {
    return deadLetter;
  }

  public SingleObjectSerde<EntityProfile> entityProfile() {
    return entityProfile;
  }

  public SingleObjectSerde<Story> story() {
    return story;
  }

  private static <T extends SpecificRecord> SingleObjectSerde<T> build(
      Class<T> type, Schema current, BinaryMessageEncoder<T> encoder, SchemaCatalog catalog, SchemaStore fallback) {
    KnownSchemas store = new KnownSchemas(type.getSimpleName(), current, catalog, fallback);
    return new SingleObjectSerde<>(type, encoder,
        new SingleObjectDecoder<>(SpecificData.getForClass(type), current, store));
  }
}
