package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {

  @TempDir
  Path dir;

  private Path table(String text) throws IOException {
    return Files.writeString(dir.resolve("aliases.tsv"), text, StandardCharsets.UTF_8);
  }

  @Test
  void shouldReadRowsWithAndWithoutATypeSkippingCommentsAndBlankLines() throws IOException {
    Path file = table("# surface, title, score, type\n\nStarlink\tStarlink\t0.9\tORGANIZATION\nKyiv\tKyiv\t1\n"
        + "Equinor ASA\tEquinor ASA\t0.8\t\n");
    assertThat(AliasTable.read(file)).containsExactly(
        new AliasTable.Row("Starlink", "Starlink", 0.9, "ORGANIZATION"),
        new AliasTable.Row("Kyiv", "Kyiv", 1.0, null),
        new AliasTable.Row("Equinor ASA", "Equinor_ASA", 0.8, null));
  }

  @Test
  void shouldNameTheFileAndLineOfABadRow() throws IOException {
    assertThatThrownBy(() -> AliasTable.read(table("Kyiv\tKyiv\t1\nStarlink\tStarlink\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aliases.tsv line 2")
        .hasMessageContaining("found 2 column(s)");
    assertThatThrownBy(() -> AliasTable.read(table("Kyiv\tKyiv\tsure\n")))
        .hasMessageContaining("line 1").hasMessageContaining("'sure' is not a number");
    assertThatThrownBy(() -> AliasTable.read(table("Kyiv\tKyiv\t1.5\n"))).hasMessageContaining("not in (0, 1]");
    assertThatThrownBy(() -> AliasTable.read(table("Kyiv\tKyiv\t0\n"))).hasMessageContaining("not in (0, 1]");
    assertThatThrownBy(() -> AliasTable.read(table("Kyiv\tKyiv\t1\tCITY\n")))
        .hasMessageContaining("type 'CITY' is not one of LOCATION, MISC, ORGANIZATION, PERSON");
    assertThatThrownBy(() -> AliasTable.read(table(" \tKyiv\t1\n"))).hasMessageContaining("must not be blank");
  }

  @Test
  void shouldAcceptWindowsLineEndsAndAByteOrderMark() throws IOException {
    assertThat(AliasTable.read(table("\uFEFFKyiv\tKyiv\t1\tLOCATION\r\nStarlink\tStarlink\t0.9\r\n"))).containsExactly(
        new AliasTable.Row("Kyiv", "Kyiv", 1.0, "LOCATION"), new AliasTable.Row("Starlink", "Starlink", 0.9, null));
  }

  @Test
  void shouldRefuseATableThatIsNotUtf8() throws IOException {
    Path file = Files.write(dir.resolve("latin1.tsv"), new byte[] {'K', (byte) 0xE9, '\t', 'K', '\t', '1', '\n'});
    assertThatThrownBy(() -> AliasTable.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latin1.tsv: not UTF-8 text");
  }
}
