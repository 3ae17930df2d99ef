package dev.newswire.enrich.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the knowledge-base index once and reuses it across runs and processes. In: a
 * {@link WikidictSource} and a cache root (default {@code ${user.home}/.cache/newswire/kb}).
 * Out: an open {@link RocksKbIndex} from {@code <root>/<indexVersion>/}. A build goes into a
 * temporary sibling directory that is renamed into place only when complete, under a file lock
 * so that concurrent processes build at most once; a marker file names the source fingerprint,
 * so a changed source gets a new directory and thus a rebuild. Use one instance per JVM: the
 * file lock guards against other processes, the instance's monitor against other threads.
 */
public final class KbIndexCache {

    private static final Logger LOG = LoggerFactory.getLogger(KbIndexCache.class);
    static final String MARKER = "NEWSWIRE_KB_COMPLETE";

    private final Path root;
    private final RocksKbIndexBuilder builder;

    public KbIndexCache(Path root, Clock clock) {
        this(root, new RocksKbIndexBuilder(clock));
    }

    public KbIndexCache(Path root, RocksKbIndexBuilder builder) {
        this.root = root;
        this.builder = builder;
    }

    /** The default cache root, {@code ${user.home}/.cache/newswire/kb}. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "newswire", "kb");
    }

    /** Version string for the enrichment metadata, e.g. {@code wikidict-43a3a56e-filtered-v1}. */
    public static String indexVersion(WikidictSource source) {
        return source.fingerprint() + "-" + WikidictFilter.VERSION;
    }

    /** Opens CoreNLP's dictionary index from the cache, building it first if needed. */
    public RocksKbIndex openCoreNlp() {
        ClassLoader loader = KbIndexCache.class.getClassLoader();
        return open(WikidictSource.fromClasspath(loader, WikidictSource.CORENLP_RESOURCE));
    }

    /**
     * CoreNLP's dictionary index with the user's imported alias tables on top ({@link AliasIndex}), or the
     * dictionary alone when none were imported.
     */
    public KbIndex openCoreNlpWithAliases() {
        RocksKbIndex base = openCoreNlp();
        try {
            Optional<RocksKbIndex> aliases = new AliasIndex(root).open();
            return aliases.<KbIndex>map(a -> new AliasedKbIndex(a, base)).orElse(base);
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** Opens the index for {@code source} from the cache, building it first if needed. */
    public synchronized RocksKbIndex open(WikidictSource source) {
        String version = indexVersion(source);
        Path dir = root.resolve(version);
        if (!isComplete(dir, version)) {
            buildLocked(source, version, dir);
        }
        return RocksKbIndex.open(dir, version);
    }

    /** The directory the index for {@code source} lives in, whether built yet or not. */
    public Path directoryFor(WikidictSource source) {
        return root.resolve(indexVersion(source));
    }

    private void buildLocked(WikidictSource source, String version, Path dir) {
        try {
            Files.createDirectories(root);
            Path lockFile = root.resolve(version + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (isComplete(dir, version)) {
                    LOG.info("kb index {} was built by another process", version);
                    return;
                }
                deleteTree(dir);
                deleteAbandonedBuilds(version);
                Path tmp = Files.createTempDirectory(root, version + ".tmp-");
                LOG.info("building kb index {} from {} into {}", version, source, dir);
                RocksKbIndexBuilder.BuildStats stats = builder.build(source, tmp);
                Files.writeString(tmp.resolve(MARKER), version + "\n" + stats + "\n", StandardCharsets.UTF_8);
                moveIntoPlace(tmp, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build kb index in " + dir, e);
        }
    }

    private static boolean isComplete(Path dir, String version) {
        Path marker = dir.resolve(MARKER);
        try {
            return Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).startsWith(version + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    static void moveIntoPlace(Path tmp, Path dir) throws IOException {
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir);
        }
    }

    /** Removes temporary directories left by builds that died; only called under the lock. */
    private void deleteAbandonedBuilds(String version) throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(version + ".tmp-")).toList()) {
                deleteTree(sibling);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
