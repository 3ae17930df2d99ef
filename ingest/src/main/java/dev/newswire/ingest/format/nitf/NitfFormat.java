package dev.newswire.ingest.format.nitf;

import dev.newswire.ingest.format.ArticleCheck;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.xml.SafeXml;
import dev.newswire.ingest.format.xml.XmlArticleFormat;
import dev.newswire.schemas.InputFormat;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * NITF 3.x: in goes a document whose root is {@code <nitf>}, out comes one article
 * ({@link InputFormat#NITF}) with the fields {@link NitfReader} describes, or one failure
 * (FORBIDDEN_XML, MALFORMED_XML, MISSING_FIELD). Files named .nitf or .nitf.xml are claimed by name.
 */
public final class NitfFormat extends XmlArticleFormat {

  private final NitfReader reader = new NitfReader();

  public NitfFormat(SafeXml xml) {
    super(xml, InputFormat.NITF, Set.of("nitf"), Set.of(".nitf", ".nitf.xml"));
  }

  @Override
  public String name() {
    return "NITF";
  }

  @Override
  protected ParseResult read(Element root, TextDocument document) {
    NitfContent content = reader.read(root);
    String headline = content.headline();
    String body = content.body();
    if (headline == null || body == null) {
      return ArticleCheck.single(InputFormat.NITF, "NITF document", null, headline, body);
    }
    return ParseResult.of(InputFormat.NITF, draft(InputFormat.NITF, content).build());
  }

  /** A draft builder holding everything the NITF content has; headline and body must be present. */
  public static ArticleDraft.Builder draft(InputFormat format, NitfContent content) {
    return ArticleDraft.builder(format, content.headline(), content.body())
        .standfirst(content.standfirst())
        .authors(content.authors())
        .sourceId(content.sourceId())
        .source(content.source())
        .section(content.section())
        .language(content.language())
        .publishedAt(content.publishedAt())
        .feedTags(content.feedTags())
        .dateline(content.dateline());
  }
}
