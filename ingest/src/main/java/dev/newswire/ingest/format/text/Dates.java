package dev.newswire.ingest.format.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the dates news formats carry: ISO-8601 with offset or Z ("2024-05-01T10:00:00+02:00"), the
 * ISO basic form NITF and NewsML use ("20240501T100000Z", "20240501T100000+0200"), RFC 1123 ("Wed, 01
 * May 2024 10:00:00 GMT") and bare dates (midnight UTC). A date-time without an offset is read as UTC,
 * as news feeds that omit it almost always mean. Unreadable input gives null, never an exception:
 * dates are optional metadata.
 */
public final class Dates {

  private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[.SSS]XXX", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[.SSS]XX", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[.SSS]X", Locale.ROOT),
      DateTimeFormatter.RFC_1123_DATE_TIME);
  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT));
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.BASIC_ISO_DATE);

  private Dates() {}

  /** The instant the text names, or null when it is blank or unreadable. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    for (DateTimeFormatter format : WITH_OFFSET) {
      try {
        return ZonedDateTime.parse(value, format).toInstant();
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    for (DateTimeFormatter format : LOCAL) {
      try {
        return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value, format).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return null;
  }

  /** The first readable date of the candidates, or null. */
  public static Instant first(String... candidates) {
    for (String candidate : candidates) {
      Instant instant = parse(candidate);
      if (instant != null) {
        return instant;
      }
    }
    return null;
  }

}
