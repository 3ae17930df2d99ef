package dev.newswire.enrich.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Prints build and lookup numbers for the real dictionary. Not a test: run its main with the
 * models-english-kbp jar on the classpath and a cache root as the argument.
 */
public final class KbIndexMeasurements {

    private KbIndexMeasurements() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/kb-measure");
        WikidictSource source = WikidictSource.fromClasspath(
                KbIndexMeasurements.class.getClassLoader(), WikidictSource.CORENLP_RESOURCE);
        KbIndexCache cache = new KbIndexCache(root, Clock.systemUTC());
        long t0 = System.nanoTime();
        cache.open(source).close();
        print("first open (build if cold) ms", (System.nanoTime() - t0) / 1e6);
        print("peak heap MB (all heap pools)", peakHeapBytes() / 1048576.0);
        print("on-disk MB", directoryBytes(cache.directoryFor(source)) / 1048576.0);
        t0 = System.nanoTime();
        try (RocksKbIndex index = cache.open(source)) {
            print("warm open ms", (System.nanoTime() - t0) / 1e6);
            List<String> surfaces = sampleSurfaces(source, 5000);
            for (int round = 0; round < 2; round++) {
                measure(index, surfaces, round == 0 ? "cold-ish" : "warm");
            }
        }
    }

    private static void measure(KbIndex index, List<String> surfaces, String label) {
        long[] nanos = new long[surfaces.size()];
        int hits = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            hits += index.lookup(surfaces.get(i)).isPresent() ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "lookup %s: n=%d hits=%d median=%.1f us p99=%.1f us max=%.1f us%n", label,
                nanos.length, hits, nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 99 / 100] / 1e3,
                nanos[nanos.length - 1] / 1e3);
    }

    /** Every n-th dictionary surface plus a lower-cased (mostly missing) copy, as a mix of hits and misses. */
    private static List<String> sampleSurfaces(WikidictSource source, int count) throws IOException {
        List<String> out = new ArrayList<>();
        try (var raw = source.openRaw();
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            int step = 20_948_089 / count;
            long n = 0;
            for (String line = reader.readLine(); line != null && out.size() < count; line = reader.readLine()) {
                if (n++ % step == 0) {
                    String surface = line.split("\t", 2)[0];
                    out.add(surface);
                    out.add(surface.toLowerCase(Locale.ROOT) + " x");
                }
            }
        }
        return out;
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void print(String what, double value) {
        System.out.printf(Locale.ROOT, "%s: %.1f%n", what, value);
    }
}
