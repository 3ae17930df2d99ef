package dev.newswire.enrich.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * An immutable table of curated links. In: TSV rows {@code surface, title, type[, subtype]}
 * ({@code #} starts a comment line; a {@code surface} header line is skipped). Out: the
 * {@link KbOverride} for a surface, tried over its {@link SurfaceVariants} like the index.
 * The shipped table is the resource {@code overrides.tsv} beside this class.
 */
public final class KbOverrides implements OverrideSource {

    /** The shipped table's resource name, relative to this class. */
    public static final String RESOURCE = "overrides.tsv";

    private final Map<String, KbOverride> bySurface;

    private KbOverrides(Map<String, KbOverride> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
    }

    /** The table shipped with newswire. */
    public static KbOverrides curated() {
        try (InputStream in = KbOverrides.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new KbIndexException("missing resource " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a TSV table; a malformed or repeated row is an error naming {@code sourceName} and the line. */
    public static KbOverrides parse(InputStream tsv, String sourceName) throws IOException {
        Map<String, KbOverride> rows = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("surface\t")) {
                continue;
            }
            KbOverride row = parseRow(line, sourceName, lineNumber);
            if (rows.putIfAbsent(row.surface(), row) != null) {
                throw new IllegalArgumentException(sourceName + ":" + lineNumber + ": repeated surface '"
                        + row.surface() + "'");
            }
        }
        return new KbOverrides(rows);
    }

    /** A table of the given rows; a later row for the same surface wins. */
    public static KbOverrides of(Collection<KbOverride> overrides) {
        Map<String, KbOverride> rows = new LinkedHashMap<>();
        overrides.forEach(row -> rows.put(row.surface(), row));
        return new KbOverrides(rows);
    }

    /** A new table with {@code layer}'s rows over this one's. */
    public KbOverrides merge(KbOverrides layer) {
        Map<String, KbOverride> rows = new LinkedHashMap<>(bySurface);
        rows.putAll(layer.bySurface);
        return new KbOverrides(rows);
    }

    @Override
    public Optional<KbOverride> find(String surface) {
        return SurfaceVariants.firstHit(surface, this::exact);
    }

    /** The row stored under exactly {@code surface}. */
    public Optional<KbOverride> exact(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    public int size() {
        return bySurface.size();
    }

    /** CRC-32 of the sorted rows as 8 hex digits: changes whenever the table's content does. */
    public String fingerprint() {
        CRC32 crc = new CRC32();
        bySurface.values().stream()
                .map(o -> o.surface() + '\t' + o.title() + '\t' + o.type() + '\t' + o.subtype() + '\n')
                .sorted()
                .forEach(row -> crc.update(row.getBytes(StandardCharsets.UTF_8)));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** All rows, keyed by surface. */
    public Map<String, KbOverride> asMap() {
        return bySurface;
    }

    private static KbOverride parseRow(String line, String sourceName, int lineNumber) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3 || cols.length > 4) {
            throw new IllegalArgumentException(sourceName + ":" + lineNumber + ": expected 3 or 4 columns: " + line);
        }
        try {
            return new KbOverride(cols[0].strip(), cols[1].strip(), cols[2].strip(),
                    cols.length == 4 ? cols[3].strip() : null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sourceName + ":" + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
