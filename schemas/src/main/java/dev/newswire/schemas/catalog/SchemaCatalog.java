package dev.newswire.schemas.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schema versions this project has released, read from the classpath.
 *
 * <p>Each released schema is a self-contained {@code .avsc} file at
 * {@code dev/newswire/schemas/released/<Record>/v<N>.avsc}; {@code released/index.txt} lists them as
 * {@code <Record> <N>} lines. Released files are never edited: a new version is a new file.
 */
public final class SchemaCatalog {

  static final String ROOT = "dev/newswire/schemas/released/";

  private final List<ReleasedSchema> released;

  private SchemaCatalog(List<ReleasedSchema> released) {
    this.released = List.copyOf(released);
  }

  /** Loads the catalog shipped in this jar. */
  public static SchemaCatalog load() {
    ClassLoader loader = SchemaCatalog.class.getClassLoader();
    List<ReleasedSchema> all = new ArrayList<>();
    for (String line : readLines(loader, ROOT + "index.txt")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("bad line in released schema index: '" + line + "'");
      }
      int version = Integer.parseInt(parts[1]);
      String path = ROOT + parts[0] + "/v" + version + ".avsc";
      all.add(new ReleasedSchema(parts[0], version, parse(loader, path)));
    }
    all.sort(Comparator.comparing(ReleasedSchema::recordName).thenComparingInt(ReleasedSchema::version));
    return new SchemaCatalog(all);
  }

  /** Every released version of every record, sorted by record and version. */
  public List<ReleasedSchema> all() {
    return released;
  }

  /** The released versions of one record (by simple name, e.g. NewsArticle), oldest first. */
  public List<ReleasedSchema> versionsOf(String recordName) {
    return released.stream().filter(r -> r.recordName().equals(recordName)).toList();
  }

  private static Schema parse(ClassLoader loader, String path) {
    try (InputStream in = open(loader, path)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read released schema " + path, e);
    }
  }

  private static List<String> readLines(ClassLoader loader, String path) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(open(loader, path), StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream open(ClassLoader loader, String path) {
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path + " (is newswire-schemas on the classpath?)");
    }
    return in;
  }
}
