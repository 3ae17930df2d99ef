package dev.newswire.ingest.format.nitf;

import dev.newswire.ingest.format.FeedTags;
import dev.newswire.ingest.format.text.Bylines;
import dev.newswire.ingest.format.text.Dates;
import dev.newswire.ingest.format.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;

/**
 * Reads an NITF 3.x {@code <nitf>} element into {@link NitfContent}: headline from
 * {@code body.head/hedline/hl1} (else {@code head/title}), standfirst from {@code abstract} (else
 * {@code hl2}), authors from the {@code byline} ({@code <person>} elements, else its text without a
 * leading "By"), body from {@code body.content} with paragraphs kept, source id from
 * {@code docdata/doc-id/@id-string}, date from {@code date.issue}, {@code date.release},
 * {@code pubdata/@date.publication} or the dateline's {@code story.date} (first found), source from
 * {@code distributor}, {@code doc.copyright/@holder} or {@code pubdata/@name}, section from
 * {@code pubdata/@position.section}, language from {@code xml:lang}; feed tags from
 * {@code tobject.subject}, {@code identified-content}, {@code key-list}, {@code urgency} and the
 * dateline's location; the dateline from the text of {@code body.head/dateline}.
 */
public final class NitfReader {

  public NitfContent read(Element nitf) {
    Element head = Dom.child(nitf, "head");
    Element bodyHead = Dom.path(nitf, "body", "body.head");
    Element docdata = head == null ? null : Dom.child(head, "docdata");
    Element pubdata = head == null ? null : Dom.child(head, "pubdata");
    Element dateline = bodyHead == null ? null : Dom.child(bodyHead, "dateline");
    String headline = first(Dom.line(Dom.path(bodyHead, "hedline", "hl1")), Dom.line(Dom.child(head, "title")));
    String standfirst = first(Dom.paragraphs(Dom.child(bodyHead, "abstract")),
        Dom.line(Dom.path(bodyHead, "hedline", "hl2")));
    return new NitfContent(headline, standfirst, Dom.paragraphs(Dom.path(nitf, "body", "body.content")),
        authors(Dom.child(bodyHead, "byline")),
        Dom.attribute(Dom.child(docdata, "doc-id"), "id-string"),
        first(Dom.line(Dom.child(bodyHead, "distributor")),
            Dom.attribute(Dom.child(docdata, "doc.copyright"), "holder"), Dom.attribute(pubdata, "name")),
        Dom.attribute(pubdata, "position.section"),
        language(nitf),
        Dates.first(Dom.attribute(Dom.child(docdata, "date.issue"), "norm"),
            Dom.attribute(Dom.child(docdata, "date.release"), "norm"),
            Dom.attribute(pubdata, "date.publication"),
            Dom.attribute(Dom.child(dateline, "story.date"), "norm")),
        tags(head, docdata, dateline),
        Dom.line(dateline));
  }

  private static List<String> authors(Element byline) {
    List<String> names = new ArrayList<>();
    if (byline == null) {
      return names;
    }
    for (Element person : Dom.descendants(byline, "person")) {
      names.add(Dom.line(person));
    }
    if (names.isEmpty()) {
      Element copy = (Element) byline.cloneNode(true);
      Dom.descendants(copy, "byttl").forEach(title -> title.getParentNode().removeChild(title));
      String text = Dom.line(copy);
      if (text != null) {
        names.add(Bylines.clean(text));
      }
    }
    names.removeIf(name -> name == null || name.isBlank());
    return names;
  }

  private static String language(Element nitf) {
    String lang = nitf.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    if (lang.isBlank()) {
      Element body = Dom.child(nitf, "body");
      lang = body == null ? "" : body.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    }
    return lang.isBlank() ? null : lang.strip();
  }

  private static java.util.List<dev.newswire.schemas.FeedTag> tags(Element head, Element docdata, Element dateline) {
    FeedTags tags = new FeedTags();
    if (head != null) {
      for (Element subject : Dom.descendants(head, "tobject.subject")) {
        tags.add("subject", first(Dom.attribute(subject, "tobject.subject.matter"),
            Dom.attribute(subject, "tobject.subject.type")), Dom.attribute(subject, "tobject.subject.refnum"));
      }
    }
    if (docdata != null) {
      Element identified = Dom.child(docdata, "identified-content");
      if (identified != null) {
        addIdentified(tags, identified);
      }
      for (Element keyword : Dom.descendants(docdata, "keyword")) {
        tags.add("keyword", Dom.attribute(keyword, "key"), null);
      }
      Element urgency = Dom.child(docdata, "urgency");
      tags.add("urgency", Dom.attribute(urgency, "ed-urg"), null);
    }
    tags.add("located", Dom.line(Dom.child(dateline, "location")), null);
    return tags.list();
  }

  private static void addIdentified(FeedTags tags, Element identified) {
    for (Element person : Dom.children(identified, "person")) {
      tags.add("person", Dom.line(person), Dom.attribute(person, "idsrc"));
    }
    for (Element org : Dom.children(identified, "org")) {
      tags.add("organisation", Dom.line(org), Dom.attribute(org, "idsrc"));
    }
    for (Element location : Dom.children(identified, "location")) {
      tags.add("place", Dom.line(location), Dom.attribute(location, "location-code"));
    }
    for (Element classifier : Dom.children(identified, "classifier")) {
      tags.add("subject", first(Dom.attribute(classifier, "value"), Dom.line(classifier)),
          Dom.attribute(classifier, "id-string"));
    }
  }

  static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
