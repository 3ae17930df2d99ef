package dev.newswire.app.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}) for tests that look at
 * a page as a browser renders it: the DOM after loading (scripts, if any, run for up to 2 s of
 * virtual time) and a screenshot. {@link #find()} is empty where no browser is installed.
 */
public final class Chromium {

  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

  private final Path binary;
  private final Path profile;

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  public static Optional<Chromium> find(Path workDir) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate, workDir.resolve("chromium-profile")));
        }
      }
    }
    return Optional.empty();
  }

  /** The document as serialised by the browser after loading {@code page}. */
  public String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--virtual-time-budget=2000", "--dump-dom", page.toUri().toString()), page.getParent());
  }

  /** A PNG of {@code page} at the given window size. */
  public Path screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    run(List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        page.toUri().toString()), page.getParent());
    return png;
  }

  private String run(List<String> args, Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile));
    command.addAll(args);
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Path err = Files.createTempFile(dir, "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("chromium did not finish within 90 s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException("chromium exited " + process.exitValue() + ": " + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
