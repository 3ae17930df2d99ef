package dev.newswire.ingest.format.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes what is on the page but not in the article from body paragraphs: page furniture lines
 * ("Discuss", "Share", "Read more") and teasers for other stories. A teaser is a label line (one or
 * two capitalised words, no end punctuation: "Analysis", "World") followed by exactly one title-case
 * headline line; when a second headline-shaped line follows, the lines are kept, as they are then
 * more likely a list or a subheading than one teaser. Paragraphs after a teaser stay. A byline and a
 * dateline ("Maria Lopez" / "GENEVA, Switzerland 2024-05-02") have the same outline but are the
 * article's own: a teaser's headline has no date, no dateline and no "By" (see
 * {@link LineShapes#isTeaserHeadline}).
 */
final class BodyCleaner {

  private static final int MAX_LABEL_WORDS = 2;

  private BodyCleaner() {}

  static List<String> clean(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    int i = 0;
    while (i < paragraphs.size()) {
      if (isTeaserAt(paragraphs, i)) {
        i += 2;
      } else {
        if (!LineShapes.isFurniture(paragraphs.get(i))) {
          kept.add(paragraphs.get(i));
        }
        i++;
      }
    }
    return kept;
  }

  private static boolean isTeaserAt(List<String> paragraphs, int i) {
    if (i + 1 >= paragraphs.size()
        || !LineShapes.isLabel(paragraphs.get(i), MAX_LABEL_WORDS)
        || !LineShapes.isTeaserHeadline(paragraphs.get(i + 1))) {
      return false;
    }
    return i + 2 >= paragraphs.size() || !LineShapes.isTitleCaseHeadline(paragraphs.get(i + 2));
  }
}
