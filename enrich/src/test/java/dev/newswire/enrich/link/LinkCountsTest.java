package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinkCountsTest {

  private static LinkCounts table(String text) throws IOException {
    return LinkCounts.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldAnswerEachSurfaceWithItsMajorityTitleOrNoPage() throws IOException {
    LinkCounts counts = table("# comment\nBarcelona\tFC_Barcelona\t13\nBarcelona\tBarcelona\t3\n"
        + "EU\t\t23\nJordan\tJordan\t2\nJordan\t\t2\nBarcelona\tFC_Barcelona\t1\n");

    assertThat(counts.answer("Barcelona")).contains(new LinkCounts.Answer("FC_Barcelona", 14, 17));
    assertThat(counts.answer("Barcelona").orElseThrow().share()).isEqualTo(14.0 / 17);
    assertThat(counts.answer("EU").orElseThrow().isNil()).isTrue();
    assertThat(counts.answer("EU").orElseThrow().count()).isEqualTo(23);
    assertThat(counts.answer("Jordan")).contains(new LinkCounts.Answer("Jordan", 2, 4)); // a tie: the page
    assertThat(counts.answer("barcelona")).isEmpty(); // surfaces as written
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
    assertThat(shipped.answer("Leicestershire").orElseThrow().title())
        .isEqualTo("Leicestershire_County_Cricket_Club");
    try (var in = LinkCounts.class.getClassLoader().getResourceAsStream(LinkCounts.SHIPPED)) {
      assertThat(new String(in.readNBytes(600), StandardCharsets.UTF_8)).contains("CC BY 3.0", "AIDA");
    }
  }
}
