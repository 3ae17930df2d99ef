package dev.newswire.ingest.format.ninjs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.json.JsonFormat;
import dev.newswire.schemas.InputFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IPTC ninjs 1.x and 2.x: in goes a JSON document holding one ninjs object or an array of them; out
 * come the articles ({@link InputFormat#NINJS}, fields as {@link NinjsMapper} describes) and one
 * failure per object without headline or body (MISSING_FIELD, naming the element), or one
 * MALFORMED_JSON failure for JSON that does not parse. Content is claimed when the first object has
 * a {@code uri} and a ninjs-only field (versioncreated, firstcreated, body_text, bodies, headlines,
 * ...) or a {@code $schema} naming ninjs; files named .ninjs or .ninjs.json are claimed by name.
 * Must be asked before the plain JSON format, which claims any JSON object.
 */
public final class NinjsFormat implements ArticleFormat {

  private static final Set<String> NINJS_FIELDS = Set.of("versioncreated", "firstcreated", "body_text",
      "body_html", "bodies", "headlines", "descriptions", "description_text", "byline", "pubstatus",
      "representationtype", "contentcreated");

  private final ObjectMapper mapper;
  private final NinjsMapper articles = new NinjsMapper();

  public NinjsFormat(FormatLimits limits) {
    this.mapper = JsonFormat.hardenedMapper(limits);
  }

  @Override
  public String name() {
    return "ninjs";
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    String text = document.text().stripLeading();
    if (!text.startsWith("{") && !text.startsWith("[")) {
      return false;
    }
    try (JsonParser parser = mapper.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_ARRAY) {
        token = parser.nextToken();
      }
      return token == JsonToken.START_OBJECT && looksLikeNinjs(parser);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean looksLikeNinjs(JsonParser parser) throws IOException {
    boolean uri = false;
    boolean ninjsField = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("$schema".equals(name) && value == JsonToken.VALUE_STRING
          && parser.getText().toLowerCase(Locale.ROOT).contains("ninjs")) {
        return true;
      }
      uri |= "uri".equals(name);
      ninjsField |= NINJS_FIELDS.contains(name);
      parser.skipChildren();
    }
    return uri && ninjsField;
  }

  @Override
  public boolean claimsFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".ninjs") || name.endsWith(".ninjs.json");
  }

  @Override
  public ParseResult parse(TextDocument document) {
    JsonNode root;
    try {
      root = mapper.readTree(document.bytes());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      String first = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage().lines().findFirst().orElse("");
      return ParseResult.failed(InputFormat.NINJS, ParseFailure.of(RejectReason.MALFORMED_JSON,
          where + "invalid JSON: " + first.strip(), e));
    } catch (IOException e) {
      return ParseResult.failed(InputFormat.NINJS, ParseFailure.of(RejectReason.MALFORMED_JSON,
          "cannot read JSON: " + e.getMessage(), e));
    }
    List<JsonNode> objects = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(objects::add);
    } else {
      objects.add(root);
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      String what = objects.size() == 1 && !root.isArray() ? "ninjs object" : "ninjs element " + (i + 1);
      ParseResult one = articles.map(objects.get(i), what);
      drafts.addAll(one.articles());
      failures.addAll(one.failures());
    }
    return new ParseResult(InputFormat.NINJS, drafts, failures);
  }
}
