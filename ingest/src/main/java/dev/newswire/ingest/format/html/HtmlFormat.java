package dev.newswire.ingest.format.html;

import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.xml.XmlProlog;
import dev.newswire.schemas.InputFormat;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML article pages: in goes a page (an HTML DOCTYPE or an {@code <html>}, {@code <head>},
 * {@code <body>} or {@code <article>} root; files named .html, .htm, .xhtml), out comes one article
 * ({@link InputFormat#HTML}) read by {@link HtmlArticleReader}, or one MISSING_FIELD failure when no
 * headline or article text is found. jsoup never resolves entity declarations or fetches anything, so
 * a DOCTYPE here is harmless.
 */
public final class HtmlFormat implements ArticleFormat {

  private static final Set<String> ROOTS = Set.of("html", "head", "body", "article");

  private final HtmlArticleReader reader = new HtmlArticleReader();

  @Override
  public String name() {
    return "HTML";
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    XmlProlog prolog = XmlProlog.read(document.text());
    return prolog != null && (prolog.htmlDoctype() || ROOTS.contains(prolog.localName().toLowerCase(Locale.ROOT)));
  }

  @Override
  public boolean claimsFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  @Override
  public ParseResult parse(TextDocument document) {
    Document page = Jsoup.parse(document.text());
    return reader.read(page);
  }
}
