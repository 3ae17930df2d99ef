package dev.newswire.ingest.format.html;

import dev.newswire.ingest.format.ArticleCheck;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FeedTags;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.text.Dates;
import dev.newswire.ingest.format.text.HtmlText;
import dev.newswire.ingest.format.text.ParagraphText;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One HTML page to a draft. Metadata is read first, from the whole page ({@link PageMetadata}); then
 * {@link PageCleaner} removes navigation, teasers, share bars, comments and other furniture, and the
 * body is the text of the main article container ({@link MainContent}) without its headline. The
 * canonical URL is both the URL and the source id, so a re-fetched page updates the same article.
 */
final class HtmlArticleReader {

  private final PageCleaner cleaner = new PageCleaner();
  private final MainContent main = new MainContent();

  ParseResult read(Document page) {
    PageMetadata meta = PageMetadata.of(page);
    cleaner.clean(page);
    Element container = main.find(page);
    if (container != null) {
      container.select("h1").remove();
    }
    String body = container == null ? null : HtmlText.of(container);
    String headline = meta.headline();
    if (ArticleCheck.missing("HTML page", headline, body) != null) {
      return ArticleCheck.single(InputFormat.HTML, "HTML page", null, headline, body);
    }
    String standfirst = meta.description() != null && !body.startsWith(meta.description()) ? meta.description() : null;
    FeedTags tags = new FeedTags();
    meta.keywords().forEach(keyword -> tags.add("keyword", keyword, null));
    return ParseResult.of(InputFormat.HTML, ArticleDraft.builder(InputFormat.HTML, headline, body)
        .standfirst(standfirst)
        .authors(meta.byline() == null ? List.of() : List.of(meta.byline()))
        .publishedAt(Dates.parse(meta.published()))
        .url(meta.canonicalUrl())
        .sourceId(meta.canonicalUrl())
        .source(meta.siteName())
        .section(meta.section())
        .language(meta.language())
        .feedTags(tags.list())
        .build());
  }

  static String oneLine(Element element) {
    return element == null ? null : ParagraphText.oneLine(element.text());
  }
}
