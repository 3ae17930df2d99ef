package dev.newswire.enrich.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.rocksdb.BloomFilter;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's imported alias tables ({@link AliasTable}) as a RocksDB index in {@code <root>/aliases/}, which
 * enrich puts on top of the dictionary ({@link AliasedKbIndex}). An import replaces the previous one whole:
 * the rows of all its files (a later row wins for the same surface) go into a temporary directory that is
 * moved into place only when every row has been read without error, under a file lock. A bad row leaves the
 * previous import as it was.
 */
public final class AliasIndex {

  public static final String DIR = "aliases";
  private static final int BATCH_ROWS = 10_000;
  private static final long PROGRESS_ROWS = 1_000_000;
  private static final Logger LOG = LoggerFactory.getLogger(AliasIndex.class);

  /** What an import did. */
  public record Imported(int files, long rows, Path dir, String version) {}

  private final Path root;

  public AliasIndex(Path root) {
    this.root = root;
  }

  public Path dir() {
    return root.resolve(DIR);
  }

  /** Builds {@code files} into the alias index, replacing the one there. */
  public Imported importFiles(List<Path> files) throws IOException {
    Files.createDirectories(root);
    try (FileChannel channel = FileChannel.open(root.resolve(DIR + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
      Path tmp = Files.createTempDirectory(root, DIR + ".tmp-");
      try {
        long[] rows = {0};
        CRC32 crc = new CRC32();
        build(files, tmp, rows, crc);
        String version = "aliases-" + HexFormat.of().toHexDigits((int) crc.getValue());
        Files.writeString(tmp.resolve(KbIndexCache.MARKER), version + "\n" + rows[0] + " rows from " + files + "\n",
            StandardCharsets.UTF_8);
        KbIndexCache.deleteTree(dir());
        Files.move(tmp, dir());
        return new Imported(files.size(), rows[0], dir(), version);
      } finally {
        KbIndexCache.deleteTree(tmp);
      }
    }
  }

  private static void build(List<Path> files, Path target, long[] rows, CRC32 crc) throws IOException {
    RocksDB.loadLibrary();
    try (BloomFilter bloom = new BloomFilter(10);
        Options options = RocksKbIndexBuilder.tableOptions(bloom).setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, target.toString());
        WriteOptions write = new WriteOptions().setDisableWAL(true)) {
      WriteBatch[] batch = {new WriteBatch()};
      try {
        for (Path file : files) {
          AliasTable.read(file, row -> {
            byte[] key = KbCodec.key(row.surface());
            byte[] value = KbCodec.value(row.title(), row.score(), row.type());
            crc.update(key);
            crc.update(value);
            try {
              batch[0].put(key, value);
              if (++rows[0] % BATCH_ROWS == 0) {
                db.write(write, batch[0]);
                batch[0].close();
                batch[0] = new WriteBatch();
              }
              if (rows[0] % PROGRESS_ROWS == 0) {
                LOG.info("kb import: {} rows read ({})", rows[0], file.getFileName());
              }
            } catch (RocksDBException e) {
              throw new KbIndexException("cannot write the alias index in " + target, e);
            }
          });
        }
        db.write(write, batch[0]);
        db.compactRange();
      } finally {
        batch[0].close();
      }
    } catch (RocksDBException e) {
      throw new KbIndexException("cannot build the alias index in " + target, e);
    }
  }

  /** The imported aliases, if any were imported. */
  public Optional<RocksKbIndex> open() {
    Path marker = dir().resolve(KbIndexCache.MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    try {
      String version = Files.readString(marker, StandardCharsets.UTF_8).lines().findFirst().orElse("aliases");
      return Optional.of(RocksKbIndex.open(dir(), version));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + marker, e);
    }
  }
}
