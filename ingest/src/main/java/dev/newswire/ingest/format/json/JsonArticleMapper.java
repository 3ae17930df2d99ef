package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps one JSON object to an {@link ArticleDraft}. Fields: {@code headline} and {@code body}
 * (required, non-blank strings); optional {@code id} (string or integer, kept as the source id),
 * {@code url}, {@code source}, {@code section}, {@code language} (a BCP-47-shaped tag),
 * {@code standfirst} or else {@code summary}, {@code authors} (array of strings or one string) and
 * {@code publishedAt}: ISO-8601 with an offset or Z ("2023-10-05T08:30:00+03:00"), or a bare date
 * ("2023-10-05", read as midnight UTC); a local time without offset is rejected as ambiguous.
 * Unknown fields are ignored; null counts as absent. Problems raise {@link InvalidArticleException}
 * with MISSING_FIELD or INVALID_FIELD.
 */
final class JsonArticleMapper {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  ArticleDraft map(JsonNode node, InputFormat format) throws InvalidArticleException {
    if (!node.isObject()) {
      throw new InvalidArticleException(RejectReason.MALFORMED_JSON,
          "expected a JSON object but found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return ArticleDraft.builder(format, required(node, "headline"), required(node, "body"))
        .sourceId(identifier(node))
        .url(optional(node, "url"))
        .source(optional(node, "source"))
        .section(optional(node, "section"))
        .language(language(node))
        .standfirst(optional(node, "standfirst") != null ? optional(node, "standfirst") : optional(node, "summary"))
        .authors(authors(node))
        .publishedAt(publishedAt(node))
        .build();
  }

  private static String required(JsonNode node, String field) throws InvalidArticleException {
    String value = optional(node, field);
    if (value == null || value.isBlank()) {
      throw new InvalidArticleException(RejectReason.MISSING_FIELD, "missing required field '" + field + "'");
    }
    return value;
  }

  private static String optional(JsonNode node, String field) throws InvalidArticleException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(field, "must be a string");
    }
    return value.asText();
  }

  private static String identifier(JsonNode node) throws InvalidArticleException {
    JsonNode value = node.get("id");
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    String id = optional(node, "id");
    return id == null || id.isBlank() ? null : id;
  }

  private static String language(JsonNode node) throws InvalidArticleException {
    String tag = optional(node, "language");
    if (tag != null && !LANGUAGE_TAG.matcher(tag.strip()).matches()) {
      throw invalid("language", "is not a language tag: '" + shorten(tag) + "'");
    }
    return tag == null ? null : tag.strip();
  }

  private static List<String> authors(JsonNode node) throws InvalidArticleException {
    JsonNode value = node.get("authors");
    List<String> names = new ArrayList<>();
    if (value == null || value.isNull()) {
      return names;
    }
    if (value.isTextual()) {
      names.add(value.asText());
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          throw invalid("authors", "must hold only strings");
        }
        names.add(element.asText());
      }
    } else {
      throw invalid("authors", "must be a string or an array of strings");
    }
    names.removeIf(String::isBlank);
    return names;
  }

  private static Instant publishedAt(JsonNode node) throws InvalidArticleException {
    String text = optional(node, "publishedAt");
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("publishedAt", "is not an ISO-8601 date or timestamp with offset: '" + shorten(value) + "'");
    }
  }

  private static InvalidArticleException invalid(String field, String problem) {
    return new InvalidArticleException(RejectReason.INVALID_FIELD, "field '" + field + "' " + problem);
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
