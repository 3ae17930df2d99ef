package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkCountsTest {

  private static LinkCounts table(String text) throws IOException {
    return LinkCounts.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldCountEachSurfacesTitlesAndNoPage() throws IOException {
    LinkCounts counts = table("# comment\nBarcelona\tFC_Barcelona\t13\nBarcelona\tBarcelona\t3\n"
        + "EU\t\t23\nJordan\tJordan\t2\nJordan\t\t2\nBarcelona\tFC_Barcelona\t1\n");

    assertThat(counts.distribution("Barcelona")).isEqualTo(Map.of("FC_Barcelona", 14, "Barcelona", 3));
    assertThat(counts.distribution("EU")).isEqualTo(Map.of("", 23)); // no page
    assertThat(counts.distribution("Jordan")).isEqualTo(Map.of("Jordan", 2, "", 2));
    assertThat(counts.distribution("barcelona")).isEmpty(); // surfaces as written
    assertThat(counts.size()).isEqualTo(3);
  }

  @Test
  void shouldRefuseMalformedRows() {
    assertThatThrownBy(() -> table("Barcelona\tFC_Barcelona\n")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> table("x\ty\t0\n")).hasMessageContaining("positive");
    assertThatThrownBy(() -> table("\tFC_Barcelona\t2\n")).hasMessageContaining("line 1");
  }

  @Test
  void shouldShipTheTrainingSetCountsWithTheirAttribution() throws IOException {
    LinkCounts shipped = LinkCounts.shipped();
    assertThat(shipped.size()).isEqualTo(7975);
    assertThat(shipped.distribution("Leicestershire")).isEqualTo(Map.of("Leicestershire_County_Cricket_Club", 9));
    try (var in = LinkCounts.class.getClassLoader().getResourceAsStream(LinkCounts.SHIPPED)) {
      assertThat(new String(in.readNBytes(600), StandardCharsets.UTF_8)).contains("CC BY 3.0", "AIDA");
    }
  }
}
