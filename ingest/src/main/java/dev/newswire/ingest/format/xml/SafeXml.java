package dev.newswire.ingest.format.xml;

import dev.newswire.ingest.format.RejectReason;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way ingest parses XML: in goes decoded text, out comes a namespace-aware DOM
 * {@link Document}, or an {@link XmlRejectedException}. Hardened against XXE and entity expansion:
 * a document with any DOCTYPE is refused (FORBIDDEN_XML) before the parser runs, and the parser is
 * configured to refuse DOCTYPEs as well, never to load external DTDs, entities, schemas or XIncludes,
 * and to apply the JDK's secure-processing limits. Malformed XML is MALFORMED_XML with line and
 * column. Thread-safe.
 */
public final class SafeXml {

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private final DocumentBuilderFactory factory;

  public SafeXml() {
    // The JDK's own parser, whatever else is on the class path (an old Xerces there ignores JAXP 1.5 limits).
    factory = DocumentBuilderFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setValidating(false);
  }

  public Document parse(String text) throws XmlRejectedException {
    XmlProlog prolog = XmlProlog.read(text);
    if (prolog != null && prolog.hasDoctype()) {
      throw new XmlRejectedException(RejectReason.FORBIDDEN_XML, "XML with a DOCTYPE (document type "
          + "declaration) is refused: entity declarations are not read, expanded or fetched", null);
    }
    try {
      return builder().parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      throw rejection(e);
    } catch (SAXException | IOException e) {
      throw new XmlRejectedException(RejectReason.MALFORMED_XML, "invalid XML: " + e.getMessage(), e);
    }
  }

  private synchronized DocumentBuilder builder() {
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new Strict());
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entity refused: " + systemId);
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("cannot create an XML parser", e);
    }
  }

  private static XmlRejectedException rejection(SAXParseException e) {
    String message = e.getMessage() == null ? "invalid XML" : e.getMessage();
    if (message.contains("DOCTYPE") || message.contains(DISALLOW_DOCTYPE)) {
      return new XmlRejectedException(RejectReason.FORBIDDEN_XML,
          "XML with a DOCTYPE (document type declaration) is refused", e);
    }
    return new XmlRejectedException(RejectReason.MALFORMED_XML,
        "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": invalid XML: " + message, e);
  }

  /** Turns warnings and errors into exceptions instead of printing them to stderr. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop parsing and must not reach stderr
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
