package dev.newswire.enrich.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared data sets are: the folder {@code shared/} beside the checkout (found from the module
 * or the project directory upwards). Tests that use them skip where it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The CoNLL-2003 folder, or where it would be when absent (tests check and skip). */
  public static Path conll2003() {
    Path relative = Path.of("shared", "devsets", "conll2003");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    return Path.of("..", "..").resolve(relative).toAbsolutePath().normalize();
  }
}
