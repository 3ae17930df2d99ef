package dev.newswire.ingest.format.newsml;

import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.xml.Dom;
import dev.newswire.ingest.format.xml.SafeXml;
import dev.newswire.ingest.format.xml.XmlArticleFormat;
import dev.newswire.schemas.InputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * NewsML-G2: in goes a document whose root is a {@code <newsItem>} or a {@code <newsMessage>} holding
 * news items; out comes one article ({@link InputFormat#NEWSML_G2}) per text news item, read by
 * {@link NewsItemReader}, and one failure per item that cannot be read (MISSING_FIELD), or one
 * failure for the whole document (FORBIDDEN_XML, MALFORMED_XML).
 */
public final class NewsMlG2Format extends XmlArticleFormat {

  private final NewsItemReader items = new NewsItemReader();

  public NewsMlG2Format(SafeXml xml) {
    super(xml, InputFormat.NEWSML_G2, Set.of("newsItem", "newsMessage"), Set.of(".newsml", ".g2.xml"));
  }

  @Override
  public String name() {
    return "NewsML-G2";
  }

  @Override
  protected ParseResult read(Element root, TextDocument document) {
    List<Element> newsItems = "newsItem".equals(Dom.localName(root)) ? List.of(root) : Dom.descendants(root, "newsItem");
    if (newsItems.isEmpty()) {
      return ParseResult.failed(InputFormat.NEWSML_G2,
          ParseFailure.of(RejectReason.MISSING_FIELD, "NewsML-G2 message holds no newsItem"));
    }
    List<dev.newswire.ingest.format.ArticleDraft> drafts = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    for (int i = 0; i < newsItems.size(); i++) {
      String what = newsItems.size() == 1 ? "NewsML-G2 newsItem" : "NewsML-G2 newsItem " + (i + 1);
      ParseResult one = items.read(newsItems.get(i), what);
      drafts.addAll(one.articles());
      failures.addAll(one.failures());
    }
    return new ParseResult(InputFormat.NEWSML_G2, drafts, failures);
  }
}
