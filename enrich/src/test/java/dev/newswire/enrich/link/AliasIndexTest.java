package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.entity.EntityKind;
import dev.newswire.enrich.entity.MentionKinds;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.schemas.EntityType;
import dev.newswire.enrich.testing.FakeKb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasIndexTest {

  @TempDir
  Path root;

  private Path table(String name, String text) throws IOException {
    return Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Optional<String> title(KnownNames names, String surface) {
    return names.link(surface, null).map(Link::title);
  }

  @Test
  void shouldPutImportedRowsAboveTheDictionaryAndLeaveOtherNamesToIt() throws IOException {
    FakeKb dictionary = new FakeKb().curated("Ukraine", "Ukraine", "LOCATION", "COUNTRY")
        .indexed("Starlink", "Transgenic_maize", 0.67).indexed("Kyiv", "Kiev", 0.97).indexed("SpaceX", "SpaceX", 0.97);
    Path first = table("a.tsv", "Starlink\tStarlink\t0.9\tORGANIZATION\nKyiv\tKyiv_(old)\t1\n");
    Path second = table("b.tsv", "Kyiv\tKyiv\t1\tLOCATION\nUkraine\tUkraine_(state)\t1\n");

    AliasIndex.Imported imported = new AliasIndex(root).importFiles(List.of(first, second));

    assertThat(imported.rows()).isEqualTo(4);
    assertThat(imported.files()).isEqualTo(2);
    assertThat(imported.version()).startsWith("aliases-");
    try (KbIndex layered = new AliasedKbIndex(new AliasIndex(root).open().orElseThrow(), dictionary)) {
      KnownNames names = new KnownNames(new LayeredLinker(dictionary.overrides(), layered));
      assertThat(title(names, "Starlink")).contains("Starlink");
      assertThat(names.link("Starlink", null)).map(Link::type).contains("ORGANIZATION");
      assertThat(names.link("Starlink", null)).map(Link::origin).contains(Link.Origin.IMPORTED);
      // the row's type is the entity's: a MISC-tagged "Starlink" becomes an organisation
      assertThat(MentionKinds.ofLink(new EntityKind(EntityType.MISC, null), names.link("Starlink", null).orElseThrow())
          .type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(title(names, "Kyiv")).contains("Kyiv"); // the later file's row wins
      assertThat(title(names, "SpaceX")).contains("SpaceX"); // not imported: the dictionary answers
      assertThat(names.link("SpaceX", null)).map(Link::origin).contains(Link.Origin.INDEX);
      assertThat(title(names, "Ukraine")).contains("Ukraine"); // the curated table stays on top
      assertThat(layered.indexVersion()).isEqualTo("fake-kb+" + imported.version());
    }
  }

  @Test
  void shouldKeepThePreviousImportWhenARowIsBad() throws IOException {
    new AliasIndex(root).importFiles(List.of(table("good.tsv", "Kyiv\tKyiv\t1\n")));
    Path bad = table("bad.tsv", "Starlink\tStarlink\t0.9\nEquinor\tEquinor\tlots\n");

    assertThatThrownBy(() -> new AliasIndex(root).importFiles(List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv line 2");

    try (RocksKbIndex aliases = new AliasIndex(root).open().orElseThrow()) {
      assertThat(aliases.lookup("Kyiv")).map(KbEntry::title).contains("Kyiv");
      assertThat(aliases.lookup("Starlink")).isEmpty();
    }
    try (var files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }
  }

  @Test
  void shouldOpenNothingBeforeAnImport() {
    assertThat(new AliasIndex(root).open()).isEmpty();
  }
}
