package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbIndexCacheTest {

    static final String FIXTURE = "wikidict-fixture.tab";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static Path copyFixture(Path dir) throws IOException {
        Path file = dir.resolve(FIXTURE);
        try (InputStream in = KbIndexCacheTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void shouldBuildOnceAndReuse() throws IOException {
        WikidictSource source = WikidictSource.fromFile(copyFixture(tmp));
        KbIndexCache cache = new KbIndexCache(tmp.resolve("cache"), CLOCK);
        try (RocksKbIndex index = cache.open(source)) {
            assertThat(index.lookup("North Korea")).contains(new KbEntry("North_Korea", 0.92051));
        }
        Path marker = cache.directoryFor(source).resolve(KbIndexCache.MARKER);
        FileTime built = Files.getLastModifiedTime(marker);
        try (RocksKbIndex index = cache.open(source)) {
            assertThat(index.lookup("DPRK")).map(KbEntry::title).contains("North_Korea");
            assertThat(index.indexVersion()).isEqualTo(KbIndexCache.indexVersion(source)).endsWith("-filtered-v1");
        }
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(built);
        try (var entries = Files.list(tmp.resolve("cache"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".tmp-"));
        }
    }

    @Test
    void shouldRebuildWhenSourceChanges() throws IOException {
        Path file = copyFixture(tmp);
        KbIndexCache cache = new KbIndexCache(tmp.resolve("cache"), CLOCK);
        WikidictSource before = WikidictSource.fromFile(file);
        cache.open(before).close();
        Files.writeString(file, "Vostochny Cosmodrome\tVostochny_Cosmodrome\t1.0\n", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
        WikidictSource after = WikidictSource.fromFile(file);
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        try (RocksKbIndex index = cache.open(after)) {
            assertThat(index.lookup("Vostochny Cosmodrome")).map(KbEntry::title).contains("Vostochny_Cosmodrome");
        }
    }

    @Test
    void shouldRebuildAnIncompleteDirectory() throws IOException {
        WikidictSource source = WikidictSource.fromFile(copyFixture(tmp));
        KbIndexCache cache = new KbIndexCache(tmp.resolve("cache"), CLOCK);
        String version = KbIndexCache.indexVersion(source);
        Path dir = cache.directoryFor(source);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("junk"), "half a build");
        Path abandoned = Files.createDirectories(tmp.resolve("cache").resolve(version + ".tmp-123"));
        Files.writeString(abandoned.resolve("000001.sst"), "a build that died");

        try (RocksKbIndex index = cache.open(source)) {
            assertThat(index.lookup("Russia")).map(KbEntry::title).contains("Russia");
            assertThat(index.lookup("North Korea")).contains(new KbEntry("North_Korea", 0.92051));
        }
        assertThat(dir.resolve("junk")).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(Files.readString(dir.resolve(KbIndexCache.MARKER))).startsWith(version + "\n");
    }

    @Test
    void shouldRebuildADirectoryWhoseMarkerNamesAnotherVersion() throws IOException {
        WikidictSource source = WikidictSource.fromFile(copyFixture(tmp));
        KbIndexCache cache = new KbIndexCache(tmp.resolve("cache"), CLOCK);
        Path dir = Files.createDirectories(cache.directoryFor(source));
        Files.writeString(dir.resolve(KbIndexCache.MARKER), "wikidict-other-filtered-v0\n");
        Files.writeString(dir.resolve("junk"), "someone else's build");

        try (RocksKbIndex index = cache.open(source)) {
            assertThat(index.lookup("DPRK")).map(KbEntry::title).contains("North_Korea");
        }
        assertThat(dir.resolve("junk")).doesNotExist();
        assertThat(Files.readString(dir.resolve(KbIndexCache.MARKER)))
                .startsWith(KbIndexCache.indexVersion(source) + "\n");
    }

    @Test
    void shouldApplyTheFilterWhileBuilding() throws IOException {
        WikidictSource source = WikidictSource.fromFile(copyFixture(tmp));
        RocksKbIndexBuilder.BuildStats stats = new RocksKbIndexBuilder(CLOCK, Duration.ofSeconds(10), 1 << 10)
                .build(source, tmp.resolve("direct"));
        assertThat(stats.rowsRead()).isEqualTo(18);
        assertThat(stats.rowsKept()).isEqualTo(12);
        assertThat(stats.sstFiles()).isGreaterThan(1);
        try (RocksKbIndex index = RocksKbIndex.open(tmp.resolve("direct"), "test")) {
            assertThat(index.exact("lower case only")).isEmpty();
            assertThat(index.exact("Wikipedia: Chk Chk")).isEmpty();
            assertThat(index.exact("Weak Anchor")).isEmpty();
            assertThat(index.exact("Seven Words In This Surface Are Too Many")).isEmpty();
            assertThat(index.exact("São Paulo")).contains(new KbEntry("São_Paulo", 0.95));
        }
    }

    @Test
    void shouldFailClearlyWhenTheDictionaryIsMissing() {
        assertThatThrownBy(() -> WikidictSource.fromClasspath(getClass().getClassLoader(), "no/such/wikidict.tab.gz"))
                .isInstanceOf(KbIndexException.class)
                .hasMessageContaining("models-english-kbp");
    }
}
