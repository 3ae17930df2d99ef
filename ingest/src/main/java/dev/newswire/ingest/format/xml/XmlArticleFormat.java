package dev.newswire.ingest.format.xml;

import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.schemas.InputFormat;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Base of the XML news formats: claims content whose root element has one of the format's local
 * names (any namespace prefix), parses it only through {@link SafeXml} (so a DOCTYPE is refused as
 * FORBIDDEN_XML and broken XML is MALFORMED_XML), and hands the root element to {@link #read}.
 */
public abstract class XmlArticleFormat implements ArticleFormat {

  private final SafeXml xml;
  private final InputFormat format;
  private final Set<String> roots;
  private final Set<String> extensions;

  protected XmlArticleFormat(SafeXml xml, InputFormat format, Set<String> roots, Set<String> extensions) {
    this.xml = xml;
    this.format = format;
    this.roots = Set.copyOf(roots);
    this.extensions = Set.copyOf(extensions);
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    XmlProlog prolog = XmlProlog.read(document.text());
    return prolog != null && roots.contains(prolog.localName());
  }

  @Override
  public boolean claimsFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(name::endsWith);
  }

  @Override
  public final ParseResult parse(TextDocument document) {
    try {
      return read(xml.parse(document.text()).getDocumentElement(), document);
    } catch (XmlRejectedException e) {
      return ParseResult.failed(format, e.toFailure());
    }
  }

  protected InputFormat format() {
    return format;
  }

  /** Reads the parsed document; never throws for bad input. */
  protected abstract ParseResult read(Element root, TextDocument document);
}
