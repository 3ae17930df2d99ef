package dev.newswire.enrich.related;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.enrich.related.TermVector.Term;
import dev.newswire.schemas.EntityType;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes of the related-links state (store values and their changelogs). Each value
 * starts with a format byte so that a later format can read this one; these bytes never leave the
 * application's own stores and changelog topics.
 */
final class StateSerdes {

  /**
   * Format 3 adds the digest's terms and story; format 2 added its keep time. Values of formats 1
   * and 2 are still read (a digest without terms is its own story).
   */
  private static final byte FORMAT = 3;
  private static final byte FORMAT_2 = 2;
  private static final byte FORMAT_1 = 1;

  private StateSerdes() {}

  static Serde<ArticleDigest> digests() {
    return serde(StateSerdes::writeDigest, StateSerdes::readDigest);
  }

  static Serde<EntityHeader> headers() {
    return serde(StateSerdes::writeHeader, StateSerdes::readHeader);
  }

  static Serde<Postings> postings() {
    return serde(StateSerdes::writePostings, StateSerdes::readPostings);
  }

  static Serde<StoryState> stories() {
    return serde(StateSerdes::writeStory, StateSerdes::readStory);
  }

  static Serde<Cooccurrences> cooccurrences() {
    return serde(StateSerdes::writeCooccurrences, StateSerdes::readCooccurrences);
  }

  private static void writeDigest(ArticleDigest digest, DataOutputStream out) throws IOException {
    writeString(digest.id(), out);
    writeString(digest.headline(), out);
    writeString(digest.url(), out);
    out.writeBoolean(digest.publishedAt() != null);
    if (digest.publishedAt() != null) {
      out.writeLong(digest.publishedAt());
    }
    out.writeLong(digest.eventTime());
    out.writeLong(digest.keepTime());
    out.writeShort(digest.entities().size());
    for (IndexedEntity entity : digest.entities()) {
      writeString(entity.id(), out);
      out.writeFloat((float) entity.salience());
    }
    out.writeByte(digest.minHash().length);
    for (int hash : digest.minHash()) {
      out.writeInt(hash);
    }
    out.writeShort(digest.terms().size());
    for (Term term : digest.terms()) {
      writeString(term.term(), out);
      out.writeFloat((float) term.weight());
    }
    writeString(digest.storyId(), out);
  }

  private static ArticleDigest readDigest(ByteBuffer in, byte format) {
    String id = readString(in);
    String headline = readString(in);
    String url = readString(in);
    Long published = in.get() != 0 ? in.getLong() : null;
    long eventTime = in.getLong();
    // a format 1 digest was kept by its event time
    long keepTime = format == FORMAT_1 ? eventTime : in.getLong();
    int count = Short.toUnsignedInt(in.getShort());
    List<IndexedEntity> entities = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entities.add(new IndexedEntity(readString(in), salience(in.getFloat())));
    }
    int[] minHash = new int[Byte.toUnsignedInt(in.get())];
    for (int i = 0; i < minHash.length; i++) {
      minHash[i] = in.getInt();
    }
    if (format < FORMAT) {
      return new ArticleDigest(id, headline, url, published, eventTime, keepTime, entities, minHash, List.of(), id);
    }
    int termCount = Short.toUnsignedInt(in.getShort());
    List<Term> terms = new ArrayList<>(termCount);
    for (int i = 0; i < termCount; i++) {
      terms.add(new Term(readString(in), in.getFloat()));
    }
    return new ArticleDigest(id, headline, url, published, eventTime, keepTime, entities, minHash, terms,
        readString(in));
  }

  private static void writeHeader(EntityHeader header, DataOutputStream out) throws IOException {
    writeString(header.id(), out);
    writeString(header.name(), out);
    out.writeByte(header.type().ordinal());
    writeString(header.subtype(), out);
    writeString(header.kbId(), out);
    writeString(header.kbUrl(), out);
    out.writeLong(header.articleCount());
    out.writeLong(header.lastSeen());
  }

  private static EntityHeader readHeader(ByteBuffer in, byte format) {
    return new EntityHeader(readString(in), readString(in), EntityType.values()[Byte.toUnsignedInt(in.get())],
        readString(in), readString(in), readString(in), in.getLong(), in.getLong());
  }

  private static void writePostings(Postings postings, DataOutputStream out) throws IOException {
    out.writeInt(postings.size());
    for (Posting posting : postings.items()) {
      writeString(posting.articleId(), out);
      out.writeLong(posting.eventTime());
      out.writeFloat((float) posting.salience());
    }
  }

  private static Postings readPostings(ByteBuffer in, byte format) {
    int count = in.getInt();
    List<Posting> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(new Posting(readString(in), in.getLong(), salience(in.getFloat())));
    }
    return new Postings(items);
  }

  private static void writeCooccurrences(Cooccurrences cooccurrences, DataOutputStream out) throws IOException {
    out.writeInt(cooccurrences.size());
    for (Map.Entry<String, Integer> entry : cooccurrences.counts().entrySet()) {
      writeString(entry.getKey(), out);
      out.writeInt(entry.getValue());
    }
  }

  private static Cooccurrences readCooccurrences(ByteBuffer in, byte format) {
    int count = in.getInt();
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      counts.put(readString(in), in.getInt());
    }
    return Cooccurrences.owning(counts);
  }

  private static void writeStory(StoryState story, DataOutputStream out) throws IOException {
    writeString(story.id(), out);
    writeString(story.headline(), out);
    out.writeLong(story.firstSeen());
    out.writeLong(story.lastSeen());
    out.writeInt(story.articleCount());
    out.writeInt(story.articleIds().size());
    for (String articleId : story.articleIds()) {
      writeString(articleId, out);
    }
    out.writeInt(story.entities().size());
    for (Map.Entry<String, StoryState.Named> entity : new TreeMap<>(story.entities()).entrySet()) {
      writeString(entity.getKey(), out);
      writeString(entity.getValue().name(), out);
      writeString(entity.getValue().kbId(), out);
      out.writeInt(entity.getValue().articles());
    }
  }

  private static StoryState readStory(ByteBuffer in, byte format) {
    String id = readString(in);
    String headline = readString(in);
    long firstSeen = in.getLong();
    long lastSeen = in.getLong();
    int articleCount = in.getInt();
    int idCount = in.getInt();
    List<String> articleIds = new ArrayList<>(Math.min(idCount, StoryState.MAX_ARTICLE_IDS));
    for (int i = 0; i < idCount; i++) {
      articleIds.add(readString(in));
    }
    int entityCount = in.getInt();
    Map<String, StoryState.Named> entities = new TreeMap<>();
    for (int i = 0; i < entityCount; i++) {
      entities.put(readString(in), new StoryState.Named(readString(in), readString(in), in.getInt()));
    }
    return new StoryState(id, headline, firstSeen, lastSeen, articleCount, articleIds, entities);
  }

  /** Salience is stored as a float and read back rounded to the 4 decimals {@code Salience} gives. */
  private static double salience(float stored) {
    return Math.round(stored * 10_000.0) / 10_000.0;
  }

  private static void writeString(String value, DataOutputStream out) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0) {
      return null;
    }
    String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }

  private interface Writer<T> {
    void write(T value, DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(ByteBuffer in, byte format);
  }

  private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom(
        (topic, value) -> value == null ? null : encode(value, writer),
        (topic, bytes) -> bytes == null ? null : decode(bytes, reader));
  }

  private static <T> byte[] encode(T value, Writer<T> writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      writer.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static <T> T decode(byte[] bytes, Reader<T> reader) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      byte format = in.get();
      if (format != FORMAT && format != FORMAT_2 && format != FORMAT_1) {
        throw new SerializationException("unknown related-state format " + format);
      }
      return reader.read(in, format);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new SerializationException("corrupt related-state value of " + bytes.length + " bytes", e);
    }
  }
}
