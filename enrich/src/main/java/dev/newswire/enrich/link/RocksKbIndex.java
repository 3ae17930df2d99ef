package dev.newswire.enrich.link;

import java.nio.file.Path;
import java.util.Optional;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/**
 * A {@link KbIndex} over a RocksDB directory written by {@link RocksKbIndexBuilder}, opened
 * read-only with a small block cache, so several processes can share one directory. In: surface
 * forms. Out: {@link KbEntry} candidates. Thread-safe; close it to release the native memory.
 */
public final class RocksKbIndex implements KbIndex {

    /** Block cache size used by {@link #open(Path, String)}. */
    public static final long DEFAULT_BLOCK_CACHE_BYTES = 32L << 20;

    private final LRUCache cache;
    private final BloomFilter bloom;
    private final Options options;
    private final RocksDB db;
    private final String version;

    private RocksKbIndex(LRUCache cache, BloomFilter bloom, Options options, RocksDB db, String version) {
        this.cache = cache;
        this.bloom = bloom;
        this.options = options;
        this.db = db;
        this.version = version;
    }

    /** Opens the index in {@code dir} read-only with the default block cache. */
    public static RocksKbIndex open(Path dir, String indexVersion) {
        return open(dir, indexVersion, DEFAULT_BLOCK_CACHE_BYTES);
    }

    /** Opens the index in {@code dir} read-only with a block cache of {@code blockCacheBytes}. */
    public static RocksKbIndex open(Path dir, String indexVersion, long blockCacheBytes) {
        RocksDB.loadLibrary();
        LRUCache cache = new LRUCache(blockCacheBytes);
        BloomFilter bloom = new BloomFilter(10);
        Options options = new Options()
                .setCreateIfMissing(false)
                .setMaxOpenFiles(64)
                .setTableFormatConfig(new BlockBasedTableConfig()
                        .setBlockCache(cache)
                        .setFilterPolicy(bloom)
                        // Index and filter blocks (~20 MB off-heap) stay with the table readers: a
                        // 16 MB filter does not fit one shard of a small block cache and would be
                        // re-read on every lookup.
                        .setCacheIndexAndFilterBlocks(false));
        try {
            RocksDB db = RocksDB.openReadOnly(options, dir.toString());
            return new RocksKbIndex(cache, bloom, options, db, indexVersion);
        } catch (RocksDBException e) {
            options.close();
            bloom.close();
            cache.close();
            throw new KbIndexException("cannot open knowledge-base index " + dir, e);
        }
    }

    @Override
    public Optional<KbEntry> lookup(String surface) {
        return SurfaceVariants.firstHit(surface, this::exact);
    }

    /** The candidate stored under exactly {@code surface}, without normalisation. */
    public Optional<KbEntry> exact(String surface) {
        try {
            byte[] value = db.get(KbCodec.key(surface));
            return value == null ? Optional.empty() : Optional.of(KbCodec.entry(value));
        } catch (RocksDBException e) {
            throw new KbIndexException("lookup failed for " + surface, e);
        }
    }

    @Override
    public String indexVersion() {
        return version;
    }

    @Override
    public void close() {
        db.close();
        options.close();
        bloom.close();
        cache.close();
    }
}
