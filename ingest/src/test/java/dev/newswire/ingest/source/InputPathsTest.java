package dev.newswire.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {

  @TempDir
  Path dir;

  @Test
  void shouldWalkFoldersSortedSkippingHiddenAndKeepArgumentOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    touch("b/z.txt", "b/inner/a.txt", "b/a.txt", "b/.secret.txt", ".git/config", "c.json", ".explicit.txt");
    InputPaths paths = new InputPaths(new ByteArrayInputStream(new byte[0]));

    List<String> origins = paths.expand(List.of(dir.resolve("c.json").toString(), dir.toString(), "-",
        dir.resolve(".explicit.txt").toString())).stream().map(InputItem::origin).toList();

    assertThat(origins).containsExactly(
        dir.resolve("c.json").toString(),
        dir.resolve("b/a.txt").toString(),
        dir.resolve("b/inner/a.txt").toString(),
        dir.resolve("b/z.txt").toString(),
        dir.resolve("c.json").toString(),
        "stdin",
        dir.resolve(".explicit.txt").toString());
  }

  @Test
  void shouldReadFileWithNameAsHint() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "Hello");

    RawInput input = new FileInput(file).read(100);

    assertThat(input.origin()).isEqualTo(file.toString());
    assertThat(input.fileName()).isEqualTo("story.txt");
    assertThat(new String(input.bytes(), StandardCharsets.UTF_8)).isEqualTo("Hello");
  }

  @Test
  void shouldRejectOversizeStdinKeepingItsStart() {
    StreamInput stdin = new StreamInput("stdin", new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> stdin.read(4))
        .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
          assertThat(e.getMessage()).isEqualTo("input is larger than the limit of 4 bytes");
          assertThat(new String(e.prefix(), StandardCharsets.UTF_8)).isEqualTo("01234");
          assertThat(e.size()).isEqualTo(-1);
        });
  }

  @Test
  void shouldReportMissingFileAsReadError() {
    assertThatThrownBy(() -> new FileInput(dir.resolve("nope.txt")).read(100))
        .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
          assertThat(e.reason()).isEqualTo(RejectReason.READ_ERROR);
          assertThat(e.getMessage()).isEqualTo("no such file");
        });
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Files.writeString(dir.resolve(name), name);
    }
  }
}
