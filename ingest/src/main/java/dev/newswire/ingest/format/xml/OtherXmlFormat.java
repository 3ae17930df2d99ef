package dev.newswire.ingest.format.xml;

import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.schemas.InputFormat;

/**
 * The catch-all for XML no news format claimed, asked after them: in goes a document with an XML
 * declaration or a (non-HTML) DOCTYPE, or a file named .xml; out comes one failure, never an article. A DOCTYPE gives FORBIDDEN_XML (this is where
 * a billion-laughs document with a made-up root ends), XML that does not parse MALFORMED_XML, and
 * well-formed XML with another root UNSUPPORTED_FORMAT naming the root and the roots ingest reads.
 */
public final class OtherXmlFormat implements ArticleFormat {

  private final SafeXml xml;

  public OtherXmlFormat(SafeXml xml) {
    this.xml = xml;
  }

  @Override
  public String name() {
    return "other XML";
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    XmlProlog prolog = XmlProlog.read(document.text());
    return prolog != null && (document.text().stripLeading().startsWith("<?xml") || prolog.hasDoctype());
  }

  @Override
  public boolean claimsFileName(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
  }

  @Override
  public ParseResult parse(TextDocument document) {
    XmlProlog prolog = XmlProlog.read(document.text());
    if (prolog == null) {
      return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.MALFORMED_XML,
          "a file named .xml that does not start like XML"));
    }
    try {
      xml.parse(document.text());
    } catch (XmlRejectedException e) {
      return ParseResult.failed(InputFormat.UNKNOWN, e.toFailure());
    }
    return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.UNSUPPORTED_FORMAT,
        "XML root element <" + prolog.rootName() + "> is not a news format ingest reads (nitf, newsItem, "
            + "newsMessage, rss, rdf:RDF, feed, html)"));
  }
}
