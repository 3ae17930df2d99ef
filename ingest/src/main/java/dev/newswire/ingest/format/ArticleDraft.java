package dev.newswire.ingest.format;

import dev.newswire.schemas.FeedTag;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as a format read it, before ingest gives it an id, a hash and a time. Text is as the
 * input had it; the assembler normalises it (NFC, trimmed). Optional fields are null when absent.
 */
public record ArticleDraft(
    InputFormat format,
    String headline,
    String body,
    String standfirst,
    String section,
    String source,
    String sourceId,
    String url,
    List<String> authors,
    String language,
    Instant publishedAt,
    List<FeedTag> feedTags,
    String dateline) {

  public ArticleDraft {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(body, "body");
    authors = authors == null ? List.of() : List.copyOf(authors);
    feedTags = feedTags == null ? List.of() : List.copyOf(feedTags);
  }

  public static Builder builder(InputFormat format, String headline, String body) {
    return new Builder(format, headline, body);
  }

  /** Builds a draft field by field; formats set only what their input has. */
  public static final class Builder {
    private final InputFormat format;
    private final String headline;
    private final String body;
    private String standfirst;
    private String section;
    private String source;
    private String sourceId;
    private String url;
    private List<String> authors = List.of();
    private String language;
    private Instant publishedAt;
    private List<FeedTag> feedTags = List.of();
    private String dateline;

    private Builder(InputFormat format, String headline, String body) {
      this.format = format;
      this.headline = headline;
      this.body = body;
    }

    public Builder standfirst(String value) {
      this.standfirst = value;
      return this;
    }

    public Builder section(String value) {
      this.section = value;
      return this;
    }

    public Builder source(String value) {
      this.source = value;
      return this;
    }

    public Builder sourceId(String value) {
      this.sourceId = value;
      return this;
    }

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder authors(List<String> value) {
      this.authors = value;
      return this;
    }

    public Builder language(String value) {
      this.language = value;
      return this;
    }

    public Builder publishedAt(Instant value) {
      this.publishedAt = value;
      return this;
    }

    /** Subjects, people, organisations, places and other tags the feed itself supplied. */
    public Builder feedTags(List<FeedTag> value) {
      this.feedTags = value;
      return this;
    }

    /** The dateline as the input wrote it ("GENEVA, May 2 (Reuters)"). */
    public Builder dateline(String value) {
      this.dateline = value;
      return this;
    }

    public ArticleDraft build() {
      return new ArticleDraft(format, headline, body, standfirst, section, source, sourceId, url,
          authors, language, publishedAt, feedTags, dateline);
    }
  }
}
