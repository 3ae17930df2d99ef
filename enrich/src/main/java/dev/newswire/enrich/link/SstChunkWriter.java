package dev.newswire.enrich.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rocksdb.EnvOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDBException;
import org.rocksdb.SstFileWriter;

/**
 * Collects key-value pairs in memory up to a byte budget, then writes them sorted into one SST
 * file. In: unique keys in any order. Out: SST files, each sorted bytewise, whose key ranges
 * may overlap one another. Keeps the builder's heap bounded by the budget.
 */
final class SstChunkWriter {

    private record Pair(byte[] key, byte[] value) {
    }

    private static final Comparator<Pair> BYTEWISE = (a, b) -> Arrays.compareUnsigned(a.key, b.key);
    /** Object headers, references and array lengths per pair, roughly, on a 64-bit JVM. */
    private static final int PAIR_OVERHEAD = 80;

    private final Path dir;
    private final Options options;
    private final long budgetBytes;
    private final List<Path> files = new ArrayList<>();
    private List<Pair> pending = new ArrayList<>();
    private long pendingBytes;

    SstChunkWriter(Path dir, Options options, long budgetBytes) {
        this.dir = dir;
        this.options = options;
        this.budgetBytes = budgetBytes;
    }

    void add(byte[] key, byte[] value) throws RocksDBException {
        pending.add(new Pair(key, value));
        pendingBytes += key.length + value.length + PAIR_OVERHEAD;
        if (pendingBytes >= budgetBytes) {
            flush();
        }
    }

    /** Writes what is pending and returns every file written so far. */
    List<Path> finish() throws RocksDBException {
        flush();
        return List.copyOf(files);
    }

    private void flush() throws RocksDBException {
        if (pending.isEmpty()) {
            return;
        }
        Pair[] sorted = pending.toArray(new Pair[0]);
        pending = new ArrayList<>();
        pendingBytes = 0;
        Arrays.parallelSort(sorted, BYTEWISE);
        Path file = dir.resolve(String.format(Locale.ROOT, "chunk-%04d.sst", files.size()));
        try (EnvOptions env = new EnvOptions(); SstFileWriter writer = new SstFileWriter(env, options)) {
            writer.open(file.toString());
            for (Pair pair : sorted) {
                writer.put(pair.key, pair.value);
            }
            writer.finish();
        }
        files.add(file);
    }
}
