package dev.newswire.ingest.format.rss;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.xml.SafeXml;
import dev.newswire.ingest.format.xml.XmlArticleFormat;
import dev.newswire.schemas.InputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome from a document {@link SafeXml} parsed (Rome
 * never parses the bytes itself): in goes a document whose root is {@code <rss>}, {@code <rdf:RDF>}
 * or {@code <feed>}; out comes one article per item ({@link InputFormat#RSS} or
 * {@link InputFormat#ATOM}, read by {@link FeedEntryReader}) and one failure per item without
 * headline or text; a document Rome cannot read as a feed is one MALFORMED_XML failure. A feed
 * without items gives nothing.
 */
public final class FeedFormat extends XmlArticleFormat {

  private final FeedEntryReader entries = new FeedEntryReader();

  public FeedFormat(SafeXml xml) {
    super(xml, InputFormat.RSS, Set.of("rss", "RDF", "feed"), Set.of(".rss", ".atom"));
  }

  @Override
  public String name() {
    return "RSS/Atom";
  }

  @Override
  protected ParseResult read(Element root, TextDocument document) {
    InputFormat format = "feed".equals(root.getLocalName()) ? InputFormat.ATOM : InputFormat.RSS;
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(root.getOwnerDocument());
    } catch (FeedException | IllegalArgumentException e) {
      return ParseResult.failed(format, ParseFailure.of(RejectReason.MALFORMED_XML,
          "not a valid " + (format == InputFormat.ATOM ? "Atom" : "RSS") + " feed: " + e.getMessage(), e));
    }
    if (feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")) {
      format = InputFormat.ATOM;
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    List<SyndEntry> items = feed.getEntries();
    for (int i = 0; i < items.size(); i++) {
      String what = (format == InputFormat.ATOM ? "Atom entry " : "RSS item ") + (i + 1);
      ParseResult one = entries.read(feed, items.get(i), format, what);
      drafts.addAll(one.articles());
      failures.addAll(one.failures());
    }
    return new ParseResult(format, drafts, failures);
  }
}
