package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.text.LineBreaks;
import dev.newswire.schemas.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines: each non-blank line is parsed on its own, so one bad line costs one failure
 * (with its 1-based line number and its own bytes) and the other lines still become articles.
 */
final class JsonLinesReader {

  private final ObjectMapper mapper;
  private final JsonArticleMapper articles;
  private final FormatLimits limits;

  JsonLinesReader(ObjectMapper mapper, JsonArticleMapper articles, FormatLimits limits) {
    this.mapper = mapper;
    this.articles = articles;
    this.limits = limits;
  }

  ParseResult read(TextDocument document) {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    List<String> lines = LineBreaks.split(document.text());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
      String where = "line " + (i + 1) + ": ";
      try {
        drafts.add(readLine(lines.get(i), bytes.length));
      } catch (InvalidArticleException e) {
        failures.add(new ParseFailure(e.reason(), where + e.getMessage(), e.getClass().getName(), bytes));
      } catch (JsonProcessingException e) {
        failures.add(new ParseFailure(JsonErrors.reasonOf(e), where + JsonErrors.describe(e),
            e.getClass().getName(), bytes));
      }
    }
    return new ParseResult(InputFormat.JSONL, drafts, failures);
  }

  private ArticleDraft readLine(String line, int size) throws InvalidArticleException, JsonProcessingException {
    if (size > limits.maxArticleBytes()) {
      throw new InvalidArticleException(RejectReason.TOO_LARGE,
          "article is " + size + " bytes; the limit is " + limits.maxArticleBytes());
    }
    JsonNode node = mapper.readTree(line);
    return articles.map(node, InputFormat.JSONL);
  }
}
