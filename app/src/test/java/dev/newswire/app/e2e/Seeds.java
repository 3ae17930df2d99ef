package dev.newswire.app.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the real seed article in {@code ../shared/seeds} beside the checkout; skips the test when absent. */
final class Seeds {

  static final String SEED = "000_bb895069f098deff.txt";
  static final String HEADLINE = "North Korea: NATO and US' Asian Allies are ‘Cancer Tumor’";
  static final List<String> TEASERS = List.of(
      "US Main Instigator of Coups, Terrorism, and Assassinations Around World - Media Commentator",
      "Putin Face-to-Face, Soyuz-2 & Ballet: Kim Jong Un's 'Big Agenda' Russia Trip");

  private Seeds() {}

  static Path seed() {
    for (Path dir : List.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))) {
      Path file = dir.resolve(SEED).toAbsolutePath().normalize();
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    assumeTrue(false, "the seed article ../shared/seeds/" + SEED + " is absent beside the checkout; skipping");
    throw new IllegalStateException("unreachable");
  }
}
