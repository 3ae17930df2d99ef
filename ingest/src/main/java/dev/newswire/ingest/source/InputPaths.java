package dev.newswire.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into inputs, in order: "-" is the given stdin (origin "stdin"), a
 * folder is walked recursively with entries sorted by name, skipping hidden entries (names starting
 * with a dot) and symbolic links to folders; anything else is a file (a missing one fails when read,
 * as READ_ERROR). A path named explicitly is never skipped, hidden or not.
 */
public final class InputPaths {

  public static final String STDIN_ARGUMENT = "-";
  public static final String STDIN_ORIGIN = "stdin";

  private final InputStream stdin;

  public InputPaths(InputStream stdin) {
    this.stdin = stdin;
  }

  public List<InputItem> expand(List<String> arguments) {
    List<InputItem> items = new ArrayList<>();
    for (String argument : arguments) {
      if (STDIN_ARGUMENT.equals(argument)) {
        items.add(new StreamInput(STDIN_ORIGIN, stdin));
      } else {
        add(Path.of(argument), items);
      }
    }
    return items;
  }

  private void add(Path path, List<InputItem> items) {
    if (!Files.isDirectory(path)) {
      items.add(new FileInput(path));
      return;
    }
    List<Path> children;
    try (Stream<Path> listing = Files.list(path)) {
      children = listing.sorted().toList();
    } catch (IOException e) {
      items.add(new FailedInput(path.toString(), "cannot list folder: " + e.getMessage(), e));
      return;
    }
    for (Path child : children) {
      if (isHidden(child) || isLinkedFolder(child)) {
        continue;
      }
      add(child, items);
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isLinkedFolder(Path path) {
    return Files.isSymbolicLink(path) && Files.isDirectory(path) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }
}
