package dev.newswire.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/** The v2 schemas of the evolution tests, from test resources (never released). */
public final class EvolvedSchemas {

  /** NewsArticle v1 plus an optional {@code kicker} (["null","string"], default null). */
  public static final Schema NEWS_V2 = parse("/evolution/NewsArticle-v2.avsc");
  /** EnrichedArticle v1 plus an optional {@code sentiment} (["null","double"], default null). */
  public static final Schema ENRICHED_V2 = parse("/evolution/EnrichedArticle-v2.avsc");

  private EvolvedSchemas() {}

  private static Schema parse(String resource) {
    try (InputStream in = EvolvedSchemas.class.getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
