package dev.newswire.ingest.format.wire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline of wire copy. In: trimmed body lines. Out: the dateline's text, either a line of
 * its own ("GENEVA, Switzerland 2024-05-02", "LONDON, June 11") or the lead of a paragraph before its
 * dash ("GENEVA, May 2 (Reuters)" from "GENEVA, May 2 (Reuters) - Negotiators ..."). Shapes only: a place
 * of capitalised words, optionally a second one after a comma, then a date, an agency in brackets, or
 * both. The text stays in the body: a dateline names a place the article speaks of.
 */
final class Datelines {

  /** The dateline is the first or, after a bare byline, the second paragraph. */
  private static final int MAX_PARAGRAPHS = 2;

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}|" + MONTH + " \\d{1,2}(?:, \\d{4})?|\\d{1,2} " + MONTH
      + "(?: \\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4})";
  private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
  private static final String PLACE = WORD + "(?: " + WORD + "){0,3}(?:, " + WORD + "(?: " + WORD + "){0,3})?";
  private static final String AGENCY = "\\(\\p{Lu}[\\p{L}\\p{N}.&' -]{0,30}\\)";
  private static final String DATED = PLACE + ",? " + DATE + "(?: " + AGENCY + ")?";

  private static final Pattern LINE = Pattern.compile(DATED);
  private static final Pattern LEAD = Pattern.compile(
      "(" + DATED + "|" + PLACE + " " + AGENCY + ")\\s*[-\u2013\u2014]+\\s+\\S.*");
  private static final Pattern ANY_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])" + DATE + "(?!\\p{N})");

  private Datelines() {}

  /** The dateline of the first paragraphs of a body, or empty. */
  static Optional<String> find(List<String> paragraphs) {
    for (String paragraph : paragraphs.subList(0, Math.min(MAX_PARAGRAPHS, paragraphs.size()))) {
      Optional<String> dateline = of(paragraph);
      if (dateline.isPresent()) {
        return dateline;
      }
    }
    return Optional.empty();
  }

  /** The whole line when it is a dateline, its lead when it opens with one, else empty. */
  static Optional<String> of(String line) {
    if (LINE.matcher(line).matches()) {
      return Optional.of(line);
    }
    Matcher lead = LEAD.matcher(line);
    return lead.matches() ? Optional.of(lead.group(1)) : Optional.empty();
  }

  /** A dateline, or any line with a full date in it: never another story's headline. */
  static boolean isDated(String line) {
    return of(line).isPresent() || ANY_DATE.matcher(line).find();
  }
}
