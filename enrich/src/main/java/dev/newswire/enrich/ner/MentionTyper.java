package dev.newswire.enrich.ner;

import java.util.List;

/**
 * The last step of {@link ArticleNer}: decides each scored mention's type with the whole article in view.
 * In: the article's mentions (spans settled), its text and what the knowledge base knows. Out: the same
 * mentions, in the same order, some with another label.
 */
@FunctionalInterface
public interface MentionTyper {

  List<RawMention> type(List<RawMention> mentions, ArticleText text, KnownNames names);
}
