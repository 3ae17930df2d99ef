package dev.newswire.app.cli;

import dev.newswire.app.view.html.HtmlReport;
import dev.newswire.schemas.EnrichedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The {@code --html-out FILE} of {@code demo} and {@code tail}: enriched articles are added as they are
 * read, and {@link #flush()} (after each poll) rewrites the page when something was added, so it is
 * complete whenever the command stops. Without a file it does nothing.
 */
final class PageOutput {

  private final Path file;
  private final HtmlReport report;
  private boolean changed;

  private PageOutput(Path file, HtmlReport report) {
    this.file = file;
    this.report = report;
  }

  static PageOutput to(Path file, String title) {
    return new PageOutput(file, new HtmlReport(title));
  }

  void add(EnrichedArticle article) {
    if (file == null) {
      return;
    }
    report.add(article);
    changed = true;
  }

  void flush() {
    if (!changed) {
      return;
    }
    changed = false;
    try {
      report.writeTo(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the page " + file + ": " + e.getMessage(), e);
    }
  }
}
