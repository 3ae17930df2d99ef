package dev.newswire.ingest.format.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects running text into paragraphs, for the markup walkers: text pieces go in, with paragraph
 * breaks where block elements start and end; out comes the text with runs of whitespace (including
 * no-break spaces) as one space, each paragraph trimmed, empty paragraphs dropped and paragraphs
 * joined by a single {@code "\n"}, the body convention of {@code NewsArticle}.
 */
public final class ParagraphText {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();

  /** Adds running text to the current paragraph. */
  public void text(String value) {
    current.append(value);
  }

  /** Ends the current paragraph, if it holds any text. */
  public void breakParagraph() {
    String paragraph = SPACES.matcher(current).replaceAll(" ").strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }

  /** The paragraphs so far, joined by newlines. */
  public String result() {
    breakParagraph();
    return String.join("\n", paragraphs);
  }

  /** The text with whitespace collapsed and trimmed, as one paragraph (null stays null). */
  public static String oneLine(String value) {
    return value == null ? null : SPACES.matcher(value).replaceAll(" ").strip();
  }
}
