package dev.newswire.ingest.format.rss;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newswire.ingest.format.ArticleCheck;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FeedTags;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.text.HtmlText;
import dev.newswire.ingest.format.text.ParagraphText;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One feed item to a draft: headline from the title; body from the item's content
 * ({@code content:encoded}, Atom {@code content}) with HTML stripped to text, else from its
 * description, which is the standfirst when the content is the body and says something else; source
 * id from the guid (Atom id), else the link; URL from the link; date published, else updated;
 * authors from the item's authors or author ("jane@example.com (Jane Doe)" gives Jane Doe); source:
 * the feed's title; language: the feed's; categories become "subject" feed tags (code: the domain).
 */
final class FeedEntryReader {

  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  ParseResult read(SyndFeed feed, SyndEntry entry, InputFormat format, String what) {
    String headline = ParagraphText.oneLine(HtmlText.fromHtml(entry.getTitle()));
    String content = contents(entry);
    String description = entry.getDescription() == null ? null : HtmlText.fromHtml(entry.getDescription().getValue());
    boolean hasContent = content != null && !content.isBlank();
    String body = hasContent ? content : description;
    if (ArticleCheck.missing(what, headline, body) != null) {
      return ArticleCheck.single(format, what, null, headline, body);
    }
    String standfirst = hasContent && description != null && !description.isBlank()
        && !body.startsWith(description) ? description : null;
    String sourceId = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
    return ParseResult.of(format, ArticleDraft.builder(format, headline, body)
        .standfirst(standfirst)
        .sourceId(sourceId)
        .url(entry.getLink())
        .publishedAt(instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()))
        .authors(authors(entry))
        .source(ParagraphText.oneLine(feed.getTitle()))
        .language(feed.getLanguage())
        .feedTags(tags(entry))
        .build());
  }

  private static String contents(SyndEntry entry) {
    List<String> parts = new ArrayList<>();
    for (SyndContent content : entry.getContents()) {
      String text = HtmlText.fromHtml(content.getValue());
      if (text != null && !text.isBlank()) {
        parts.add(text);
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      names.add(person.getName() != null ? person.getName() : person.getEmail());
    }
    if (names.isEmpty() && entry.getAuthor() != null) {
      names.add(entry.getAuthor());
    }
    List<String> clean = new ArrayList<>();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      Matcher email = EMAIL_WITH_NAME.matcher(name.strip());
      clean.add(email.matches() ? email.group(1) : name.strip());
    }
    return clean;
  }

  private static List<dev.newswire.schemas.FeedTag> tags(SyndEntry entry) {
    FeedTags tags = new FeedTags();
    for (SyndCategory category : entry.getCategories()) {
      tags.add("subject", category.getName(), category.getTaxonomyUri());
    }
    return tags.list();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
