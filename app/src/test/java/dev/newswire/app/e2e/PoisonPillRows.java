package dev.newswire.app.e2e;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.deadletter.DeadLetters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The table of poison pills of issue 6: what each row puts in front of which stage, and which
 * dead-letter reason it must produce. Enrich rows are raw-topic record values (null: a tombstone);
 * ingest rows are file contents. Every row builds its bytes from its own seed, so rows do not depend
 * on each other or on their order.
 */
final class PoisonPillRows {

  static final String ENRICH = "enrich";
  static final String INGEST = "ingest";
  static final int MIB = 1024 * 1024;

  /**
   * One bad input.
   *
   * @param name what the row is, as printed in the table
   * @param stage the stage that must reject it
   * @param reason the dead-letter reason it must get
   * @param fileName the ingest file name (format hint), null for enrich rows
   * @param bytes the record value or file content; null is a tombstone
   */
  record Row(String name, String stage, String reason, String fileName, byte[] bytes) {

    /** What the dead letter must keep: the input, cut at the dead-letter cap. */
    byte[] expectedOriginal() {
      if (bytes == null) {
        return null;
      }
      return bytes.length > DeadLetters.DEFAULT_MAX_ORIGINAL_BYTES
          ? Arrays.copyOf(bytes, DeadLetters.DEFAULT_MAX_ORIGINAL_BYTES) : bytes;
    }

    @Override
    public String toString() {
      return stage + ": " + name;
    }
  }

  private static final ArticleSerdes SERDES = ArticleSerdes.create();

  private PoisonPillRows() {}

  static List<Row> all() {
    return List.of(
        // raw topic, read by enrich
        enrich("random bytes", "UNDECODABLE_RECORD", random(1, 2048)),
        enrich("truncated Avro (a valid event cut in half)", "UNDECODABLE_RECORD", truncated()),
        enrich("unknown schema fingerprint", "UNDECODABLE_RECORD", unknownFingerprint()),
        enrich("another event type (a DeadLetter)", "UNDECODABLE_RECORD", wrongType()),
        enrich("bad union index", "UNDECODABLE_RECORD", badUnionIndex()),
        enrich("string length bomb (2 GiB length, 20 bytes)", "UNDECODABLE_RECORD", stringLengthBomb()),
        enrich("trailing bytes after a valid event", "UNDECODABLE_RECORD", trailingBytes()),
        enrich("tombstone (null value)", "NULL_VALUE", null),
        enrich("empty value (0 bytes)", "UNDECODABLE_RECORD", new byte[0]),
        enrich("empty body", "EMPTY_ARTICLE", encode(article("empty-body", "Headline", ""))),
        enrich("whitespace-only body", "EMPTY_ARTICLE", encode(article("blank-body", "Headline", " \n\t \u00A0"))),
        enrich("5 MiB body (topic raised to 8 MiB)", "TOO_LARGE",
            encode(article("huge-body", "Huge", "word ".repeat(MIB + 10)))),
        enrich("invalid UTF-8 in body (0xFF)", "UNDECODABLE_RECORD", withBody(new byte[] {'a', (byte) 0xFF, 'b'})),
        enrich("CESU-8 surrogate pair in body", "UNDECODABLE_RECORD", withBody(cesuSurrogatePair())),
        enrich("lone surrogate (UTF-8 of U+D800) in body", "UNDECODABLE_RECORD",
            withBody(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'y'})),
        enrich("control characters (NUL, bell) in headline and body", "INVALID_TEXT",
            encode(article("controls", "Head\u0000line\u0007", "Body with NUL \u0000 and bell \u0007 here."))),
        // files, read by ingest
        ingest("binary file", "BINARY_INPUT", "garbage.bin", random(2, 4096)),
        ingest("empty file", "EMPTY_INPUT", "empty.txt", new byte[0]),
        ingest("NUL-filled file", "BINARY_INPUT", "zeros.txt", new byte[8192]),
        ingest("UTF-16LE without BOM", "BINARY_INPUT", "utf16.txt",
            "Headline\n\nBody text of a wire story.\n".getBytes(StandardCharsets.UTF_16LE)),
        ingest("UTF-16 with BOM", "INVALID_ENCODING", "utf16bom.txt",
            "Headline\n\nBody text of a wire story.\n".getBytes(StandardCharsets.UTF_16)),
        ingest("Latin-1 bytes read as UTF-8", "INVALID_ENCODING", "latin1.txt",
            "Caf\u00e9 opens in Z\u00fcrich\n\nThe caf\u00e9 opened on Monday.\n".getBytes(StandardCharsets.ISO_8859_1)),
        ingest("malformed JSON", "MALFORMED_JSON", "broken.json",
            utf8("{\"headline\": \"Broken\", \"body\": \"no closing brace\"")),
        ingest("JSON nesting bomb (100k arrays)", "MALFORMED_JSON", "deep.json", deepJson(100_000)),
        ingest("JSON article without headline and body", "MISSING_FIELD", "nofields.json",
            utf8("{\"id\": \"x-1\", \"source\": \"Test Wire\"}")),
        ingest("JSON article over the 1 MiB article limit", "TOO_LARGE", "big.json",
            utf8("{\"headline\": \"Big\", \"body\": \"" + "word ".repeat(MIB / 5 + 100) + "\"}")),
        ingest("malformed NITF XML", "MALFORMED_XML", "broken.xml",
            utf8("<?xml version=\"1.0\"?><nitf><head><title>T</title></head><body><body.content><p>text</body>")),
        ingest("malformed RSS", "MALFORMED_XML", "broken.rss",
            utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>x</item>")),
        ingest("XXE (external entity to /etc/passwd)", "FORBIDDEN_XML", "xxe.xml", utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<nitf><head><title>&xxe;</title></head><body><body.content><p>&xxe;</p></body.content></body></nitf>")),
        ingest("billion laughs", "FORBIDDEN_XML", "lol.xml", billionLaughs()),
        ingest("HTML with scripts only", "MISSING_FIELD", "scripts.html", utf8(
            "<!DOCTYPE html><html><head><script>var a = 1;</script></head>"
                + "<body><script>document.write('x')</script><noscript></noscript></body></html>")),
        ingest("RSS feed with zero items", "NO_ARTICLES", "empty.rss", utf8(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title>"
                + "<link>https://example.org/</link><description>nothing</description></channel></rss>")),
        ingest("wire text with a headline only", "MISSING_FIELD", "headline.txt", utf8("Just a headline\n")),
        ingest("file over the 64 MiB input limit", "TOO_LARGE", "huge.txt", hugeText()));
  }

  static Row enrich(String name, String reason, byte[] value) {
    return new Row(name, ENRICH, reason, null, value);
  }

  static Row ingest(String name, String reason, String fileName, byte[] content) {
    return new Row(name, INGEST, reason, fileName, content);
  }

  /** A valid article, as a producer other than ingest might write it. */
  static NewsArticle article(String id, String headline, String body) {
    return NewsArticle.newBuilder()
        .setId(id)
        .setHeadline(headline)
        .setBody(body)
        .setLanguage("en")
        .setIngestedAt(Instant.parse("2024-05-01T10:00:00Z"))
        .setContentHash("0".repeat(64))
        .setInputFormat(InputFormat.JSON)
        .build();
  }

  static byte[] encode(NewsArticle article) {
    return SERDES.newsArticle().encode(article);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] random(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] truncated() {
    byte[] whole = encode(article("truncated", "A headline that is cut", "A body that will never be read in full."));
    return Arrays.copyOf(whole, whole.length / 2);
  }

  private static byte[] unknownFingerprint() {
    byte[] bytes = encode(article("unknown-fp", "Headline", "Body text."));
    byte[] fingerprint = random(3, 8);
    System.arraycopy(fingerprint, 0, bytes, 2, 8);
    return bytes;
  }

  private static byte[] wrongType() {
    DeadLetter letter = DeadLetters.forInput("ingest", "EMPTY_INPUT", "empty", "x", "file.txt", new byte[0],
        Instant.parse("2024-05-01T10:00:00Z"));
    return SERDES.deadLetter().encode(letter);
  }

  /** The header of a NewsArticle event, then the body up to the sourceId union, whose index is 9. */
  private static byte[] badUnionIndex() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header(), 0, 10);
    out.write(2); // id: length 1
    out.write('u');
    out.write(18); // union index 9 (zig-zag): sourceId has only 2 branches
    out.write(new byte[16], 0, 16);
    return out.toByteArray();
  }

  /** The header of a NewsArticle event, then an id string that claims 2^31 - 10 bytes. */
  private static byte[] stringLengthBomb() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header(), 0, 10);
    long zigzag = (Integer.MAX_VALUE - 10L) << 1;
    while ((zigzag & ~0x7FL) != 0) {
      out.write((int) ((zigzag & 0x7F) | 0x80));
      zigzag >>>= 7;
    }
    out.write((int) zigzag);
    out.write(new byte[] {1, 2, 3}, 0, 3);
    return out.toByteArray();
  }

  private static byte[] trailingBytes() {
    byte[] event = encode(article("trailing", "Headline", "Body text."));
    byte[] more = Arrays.copyOf(event, event.length + 4);
    more[event.length] = (byte) 0xDE;
    more[event.length + 1] = (byte) 0xAD;
    return more;
  }

  private static byte[] header() {
    return Arrays.copyOf(encode(article("h", "h", "h")), 10);
  }

  /**
   * A valid article whose body string holds {@code body} as raw bytes: the Avro bytes are spliced, so
   * nothing on the way fixes the encoding.
   */
  private static byte[] withBody(byte[] body) {
    String marker = "BODYMARKERBODYMARKER";
    byte[] event = encode(article("bad-utf8", "Headline", marker));
    byte[] markerBytes = utf8(marker);
    int at = indexOf(event, markerBytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(event, 0, at - 1); // everything before the body's length byte
    out.write(body.length << 1); // zig-zag length (bodies here are short)
    out.write(body, 0, body.length);
    out.write(event, at + markerBytes.length, event.length - at - markerBytes.length);
    return out.toByteArray();
  }

  /** U+1F600 written as two 3-byte surrogates (CESU-8), which UTF-8 forbids. */
  private static byte[] cesuSurrogatePair() {
    return new byte[] {'o', 'k', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80};
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("marker not found");
  }

  private static byte[] deepJson(int depth) {
    return utf8("[".repeat(depth) + "]".repeat(depth));
  }

  private static byte[] billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      xml.append(previous.repeat(10)).append("\">\n");
    }
    xml.append("]>\n<nitf><head><title>&lol9;</title></head><body><body.content><p>&lol9;</p>"
        + "</body.content></body></nitf>\n");
    return utf8(xml.toString());
  }

  /** Plain wire text one byte over the default 64 MiB input limit. */
  private static byte[] hugeText() {
    byte[] bytes = new byte[64 * MIB + 1];
    byte[] line = utf8("Ministers met in Brussels on Tuesday to discuss the budget.\n");
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = line[i % line.length];
    }
    return bytes;
  }
}
