package dev.newswire.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks the PATH arguments of {@code demo} and {@code ingest} before anything starts: each must
 * exist, a file must be readable, and a folder must hold at least one readable file (walked as ingest
 * walks it: hidden entries and links to folders skipped). "-" (stdin) always passes. In: the
 * arguments; out: the first problem as one line, or nothing.
 */
final class PathArguments {

  /** picocli's exit code for a usage error. */
  static final int USAGE_ERROR = 2;

  private PathArguments() {}

  /** The first problem among the arguments, as one line without the command name. */
  static Optional<String> firstProblem(List<String> arguments) {
    for (String argument : arguments) {
      if ("-".equals(argument)) {
        continue;
      }
      Optional<String> problem = problem(argument);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String argument) {
    Path path;
    try {
      path = Path.of(argument);
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.of("not a valid path: " + argument);
    }
    if (!Files.exists(path)) {
      return Optional.of("no such file or directory: " + argument);
    }
    if (Files.isDirectory(path)) {
      return hasReadableFile(path) ? Optional.empty() : Optional.of("no readable input in folder: " + argument);
    }
    return Files.isReadable(path) ? Optional.empty() : Optional.of("cannot read: " + argument);
  }

  private static boolean hasReadableFile(Path folder) {
    if (!Files.isReadable(folder)) {
      return false;
    }
    try (Stream<Path> children = Files.list(folder)) {
      for (Path child : children.sorted().toList()) {
        if (isHidden(child) || isLinkedFolder(child)) {
          continue;
        }
        if (Files.isDirectory(child) ? hasReadableFile(child) : Files.isRegularFile(child) && Files.isReadable(child)) {
          return true;
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      return false;
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
