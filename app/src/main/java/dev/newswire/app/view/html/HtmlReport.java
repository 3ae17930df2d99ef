package dev.newswire.app.view.html;

import dev.newswire.schemas.EnrichedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page behind {@code --html-out}: enriched articles in, one self-contained HTML page out (inline
 * CSS, no script, no external request; a Content-Security-Policy forbids any), one section per article
 * ({@link ArticleHtml}) and a legend of the entity types. {@link #writeTo} rewrites the whole file,
 * through a temporary file and a move, so a browser reloading it never sees half a page. An article
 * seen again (same id, a later version) replaces its section.
 */
public final class HtmlReport {

  private static final String TYPES = "PERSON ORGANIZATION LOCATION MISC";

  private final Map<String, EnrichedArticle> articles = new LinkedHashMap<>();
  private final String title;

  public HtmlReport(String title) {
    this.title = title;
  }

  public void add(EnrichedArticle article) {
    articles.put(article.getId(), article);
  }

  public int size() {
    return articles.size();
  }

  public String render() {
    return render(title, List.copyOf(articles.values()));
  }

  /** Writes the page to {@code file} (through a temporary file beside it). */
  public void writeTo(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".newswire-page", ".tmp");
    try {
      Files.writeString(temp, render(), StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static String render(String title, List<EnrichedArticle> articles) {
    Set<String> onPage = articles.stream().map(EnrichedArticle::getId).collect(java.util.stream.Collectors.toSet());
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n")
        .append("<header><h1>").append(Html.escape(title)).append("</h1>\n<p class=\"legend\">")
        .append(articles.size()).append(" article(s) · entity types: ");
    for (String type : TYPES.split(" ")) {
      out.append("<span class=\"chip t-").append(type.toLowerCase(java.util.Locale.ROOT)).append("\">").append(type)
          .append("</span> ");
    }
    out.append("</p></header>\n<main>\n");
    List<String> sections = new ArrayList<>();
    for (EnrichedArticle article : articles) {
      sections.add(ArticleHtml.render(article, onPage));
    }
    sections.forEach(out::append);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }
}
