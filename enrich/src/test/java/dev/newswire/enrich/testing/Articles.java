package dev.newswire.enrich.testing;

import dev.newswire.schemas.FeedTag;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;

/** Small articles for tests, with every optional field set so copying can be checked. */
public final class Articles {

  public static final String HEADLINE = "Putin meets Kim in Moscow";
  public static final String STANDFIRST = "Russian President Vladimir Putin hosted North Korea's leader.";
  public static final String BODY = "Vladimir Putin met Kim Jong Un in Moscow on Tuesday.\n"
      + "Putin said the talks went well. He smiled.";

  private Articles() {}

  /** The Putin/Kim article; the names {@link #engine()} knows. */
  public static NewsArticle summit(String id) {
    return article(id, HEADLINE, STANDFIRST, BODY);
  }

  public static NewsArticle article(String id, String headline, String standfirst, String body) {
    AvroTrust.ensureInstalled();
    return NewsArticle.newBuilder()
        .setId(id)
        .setSourceId("src-" + id)
        .setSource("Test Wire")
        .setUrl("https://example.org/" + id)
        .setHeadline(headline)
        .setStandfirst(standfirst)
        .setBody(body)
        .setSection("World")
        .setAuthors(List.of("A. Writer"))
        .setLanguage("en")
        .setPublishedAt(Instant.parse("2024-04-30T08:00:00Z"))
        .setIngestedAt(Instant.parse("2024-04-30T09:00:00Z"))
        .setContentHash("ab".repeat(32))
        .setInputFormat(InputFormat.JSON)
        .setOrigin("test")
        .setVersion(2)
        .setFeedTags(List.of(new FeedTag("place", "Moscow", null)))
        .build();
  }

  /** A fake engine that knows the names of {@link #summit}, including a pronoun and a date. */
  public static FakeNerEngine engine() {
    return new FakeNerEngine()
        .tag("Vladimir Putin", "PERSON")
        .tag("Putin", "PERSON")
        .tag("Kim Jong Un", "PERSON")
        .tag("Kim", "PERSON")
        .tag("Moscow", "LOCATION")
        .tag("North Korea", "LOCATION")
        .tag("He", "PERSON")
        .tag("Tuesday", "DATE");
  }
}
