package dev.newswire.ingest.format.nitf;

import dev.newswire.schemas.FeedTag;
import java.time.Instant;
import java.util.List;

/**
 * What an NITF document holds, each field null (or empty) when the document lacks it. NewsML-G2
 * items that carry NITF inline combine this with their own metadata.
 */
public record NitfContent(
    String headline,
    String standfirst,
    String body,
    List<String> authors,
    String sourceId,
    String source,
    String section,
    String language,
    Instant publishedAt,
    List<FeedTag> feedTags,
    String dateline) {}
