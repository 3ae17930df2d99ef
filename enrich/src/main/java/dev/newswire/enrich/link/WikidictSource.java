package dev.newswire.enrich.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.GZIPInputStream;

/**
 * Where the dictionary comes from: a classpath resource (normally inside CoreNLP's
 * {@code models-english-kbp} jar) or a file. Out: its size, a fingerprint that changes when the
 * data changes (the jar entry's CRC-32, else the file's size and modification time), and its
 * decompressed text.
 */
public final class WikidictSource {

    /** Where CoreNLP 4.5.10's models-english-kbp jar keeps the dictionary. */
    public static final String CORENLP_RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    private final URL url;
    private final long size;
    private final String fingerprint;

    private WikidictSource(URL url, long size, String fingerprint) {
        this.url = url;
        this.size = size;
        this.fingerprint = fingerprint;
    }

    /** The dictionary at {@code resource} on {@code loader}'s classpath. */
    public static WikidictSource fromClasspath(ClassLoader loader, String resource) {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new KbIndexException("dictionary " + resource + " is not on the classpath;"
                    + " add edu.stanford.nlp:stanford-corenlp:jar:models-english-kbp");
        }
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            if (connection instanceof JarURLConnection jar) {
                try (var jarFile = jar.getJarFile()) {
                    JarEntry entry = jarFile.getJarEntry(jar.getEntryName());
                    return new WikidictSource(url, entry.getSize(), "wikidict-" + hex8(entry.getCrc()));
                }
            }
            if ("file".equals(url.getProtocol())) {
                return fromFile(Path.of(url.toURI()));
            }
            return new WikidictSource(url, connection.getContentLengthLong(), "wikidict-unversioned");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new KbIndexException("bad resource URL " + url, e);
        }
    }

    /** The dictionary in {@code file}, gzipped when its name ends with {@code .gz}. */
    public static WikidictSource fromFile(Path file) {
        try {
            long size = Files.size(file);
            long mtime = Files.getLastModifiedTime(file).toMillis();
            return new WikidictSource(file.toUri().toURL(), size,
                    "wikidict-" + Long.toHexString(size) + "-" + Long.toHexString(mtime));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes in the (possibly compressed) source, or -1 when unknown. */
    public long size() {
        return size;
    }

    /** Changes whenever the source data changes, e.g. {@code wikidict-43a3a56e}. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The raw bytes, counted so the caller can report progress against {@link #size()}. */
    CountingInputStream openRaw() throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return new CountingInputStream(connection.getInputStream());
    }

    /** Wraps {@code raw} in a decompressor when the source is gzipped. */
    InputStream decompress(InputStream raw) throws IOException {
        boolean gzip = url.getPath().toLowerCase(Locale.ROOT).endsWith(".gz");
        return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    @Override
    public String toString() {
        return url + " (" + fingerprint + ")";
    }

    private static String hex8(long crc) {
        return String.format(Locale.ROOT, "%08x", crc);
    }
}
