package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.text.LineBreaks;
import java.util.List;
import java.util.Locale;

/**
 * JSON articles: in goes a text document holding one JSON object, a JSON array of objects, or JSON
 * Lines (one object per line); out come the articles ({@code JSON} or {@code JSONL}) and one failure
 * per bad object or line (MALFORMED_JSON, MISSING_FIELD, INVALID_FIELD, TOO_LARGE), naming its line.
 *
 * <p>JSON Lines is chosen for files named .jsonl or .ndjson, and for content whose first non-blank
 * line is a complete one-line object with more non-blank lines after it. The parser is hardened:
 * nesting deeper than the configured depth, strings longer than an article, long numbers and names,
 * duplicate keys and trailing content are rejected. Fields are described in {@link JsonArticleMapper}.
 */
public final class JsonFormat implements ArticleFormat {

  private static final int MAX_NUMBER_LENGTH = 100;
  private static final int MAX_NAME_LENGTH = 1000;

  private final FormatLimits limits;
  private final ObjectMapper mapper;
  private final JsonArticleMapper articles = new JsonArticleMapper();

  public JsonFormat(FormatLimits limits) {
    this.limits = limits;
    this.mapper = hardenedMapper(limits);
  }

  /** A mapper that enforces the limits: nesting, string, number and name lengths, duplicate keys. */
  public static ObjectMapper hardenedMapper(FormatLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxJsonDepth())
        .maxStringLength(limits.maxArticleBytes())
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(limits.maxInputBytes())
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  @Override
  public String name() {
    return "JSON";
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    String text = document.text().stripLeading();
    if (text.startsWith("{")) {
      return true;
    }
    if (!text.startsWith("[")) {
      return false;
    }
    String inside = text.substring(1).stripLeading();
    return inside.startsWith("{") || inside.startsWith("]");
  }

  @Override
  public boolean claimsFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || isLinesName(name);
  }

  @Override
  public ParseResult parse(TextDocument document) {
    if (isJsonLines(document)) {
      return new JsonLinesReader(mapper, articles, limits).read(document);
    }
    return new JsonDocumentReader(mapper, articles, limits).read(document);
  }

  private static boolean isLinesName(String lowerCaseName) {
    return lowerCaseName.endsWith(".jsonl") || lowerCaseName.endsWith(".ndjson");
  }

  private static boolean isJsonLines(TextDocument document) {
    if (document.fileName() != null && isLinesName(document.fileName().toLowerCase(Locale.ROOT))) {
      return true;
    }
    List<String> lines = LineBreaks.split(document.text().strip());
    if (lines.size() < 2) {
      return false;
    }
    String first = lines.get(0).strip();
    return first.startsWith("{") && first.endsWith("}");
  }
}
