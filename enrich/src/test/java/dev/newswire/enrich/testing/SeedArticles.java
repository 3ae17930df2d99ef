package dev.newswire.enrich.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the real seed articles from {@code <repo root>/../shared/seeds}; tests that need one are
 * skipped (not failed) when the folder is absent. The article is built by the same simple rule ingest
 * follows for this page layout: section, headline, standfirst, source, then body paragraphs, leaving
 * out one-word label lines ("Analysis", "World", "Discuss") and the teaser headline after a label.
 */
public final class SeedArticles {

  public static final String PUTIN_SEED = "000_bb895069f098deff.txt";

  private SeedArticles() {}

  /** The seed file's text; skips the calling test when it is absent. */
  public static String text(String fileName) {
    Path file = seedDirectory().resolve(fileName);
    assumeTrue(Files.isRegularFile(file), "seed article " + file + " is absent; skipping the seed test");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed as ingest turns it into a NewsArticle. */
  public static NewsArticle article(String fileName) {
    AvroTrust.ensureInstalled();
    List<String> lines = new ArrayList<>();
    for (String line : text(fileName).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    List<String> body = new ArrayList<>();
    for (int i = 4; i < lines.size(); i++) {
      if (isLabel(lines.get(i))) {
        i++; // the teaser headline that follows a label
      } else {
        body.add(lines.get(i));
      }
    }
    return NewsArticle.newBuilder()
        .setId("seed-" + fileName.replace(".txt", ""))
        .setSection(lines.get(0))
        .setHeadline(lines.get(1))
        .setStandfirst(lines.get(2))
        .setSource(lines.get(3))
        .setBody(String.join("\n", body))
        .setLanguage("en")
        .setIngestedAt(Instant.parse("2024-01-01T00:00:00Z"))
        .setContentHash("0".repeat(64))
        .setInputFormat(InputFormat.WIRE_TEXT)
        .build();
  }

  private static boolean isLabel(String line) {
    return line.matches("\\p{Lu}\\p{L}+");
  }

  private static Path seedDirectory() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    Path root = dir == null ? Path.of("").toAbsolutePath() : dir;
    return root.resolve("..").resolve("shared").resolve("seeds").normalize();
  }
}
