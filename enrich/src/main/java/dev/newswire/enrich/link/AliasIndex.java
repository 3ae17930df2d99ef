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
        long rows;
        String version;
        try (Writer writer = new Writer(tmp)) {
          for (Path file : files) {
            AliasTable.read(file, row -> writer.add(row, file));
          }
          writer.finish();
          rows = writer.rows;
          version = "aliases-" + HexFormat.of().toHexDigits((int) writer.crc.getValue());
        }
        Files.writeString(tmp.resolve(KbIndexCache.MARKER), version + "\n" + rows + " rows from " + files + "\n",
            StandardCharsets.UTF_8);
        KbIndexCache.deleteTree(dir());
        KbIndexCache.moveIntoPlace(tmp, dir());
        return new Imported(files.size(), rows, dir(), version);
      } finally {
        KbIndexCache.deleteTree(tmp);
      }
    }
  }

  /** Rows into a new RocksDB in batches, with a checksum of what went in. */
  private static final class Writer implements AutoCloseable {
    private final Path target;
    private final BloomFilter bloom;
    private final Options options;
    private final WriteOptions write;
    private final RocksDB db;
    private final CRC32 crc = new CRC32();
    private WriteBatch batch;
    private long rows;

    Writer(Path target) {
      this.target = target;
      RocksDB.loadLibrary(); // before any RocksDB object
      this.bloom = new BloomFilter(10);
      this.options = RocksKbIndexBuilder.tableOptions(bloom).setCreateIfMissing(true);
      this.write = new WriteOptions().setDisableWAL(true);
      this.batch = new WriteBatch();
      try {
        this.db = RocksDB.open(options, target.toString());
      } catch (RocksDBException e) {
        closeAll();
        throw new KbIndexException("cannot build the alias index in " + target, e);
      }
    }

    void add(AliasTable.Row row, Path file) {
      byte[] key = KbCodec.key(row.surface());
      byte[] value = KbCodec.value(row.title(), row.score(), row.type());
      crc.update(key);
      crc.update(value);
      try {
        batch.put(key, value);
        if (++rows % BATCH_ROWS == 0) {
          db.write(write, batch);
          batch.close();
          batch = new WriteBatch();
        }
      } catch (RocksDBException e) {
        throw new KbIndexException("cannot write the alias index in " + target, e);
      }
      if (rows % PROGRESS_ROWS == 0) {
        LOG.info("kb import: {} rows read ({})", rows, file.getFileName());
      }
    }

    /** Writes what is left and compacts into one sorted run. */
    void finish() {
      try {
        db.write(write, batch);
        db.compactRange();
      } catch (RocksDBException e) {
        throw new KbIndexException("cannot build the alias index in " + target, e);
      }
    }

    @Override
    public void close() {
      db.close();
      closeAll();
    }

    private void closeAll() {
      batch.close();
      write.close();
      options.close();
      bloom.close();
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
