package dev.newswire.enrich.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The byte layout of the RocksDB index. Key: the surface in UTF-8, compared bytewise.
 * Value: the score as a 4-byte IEEE float, then the title in UTF-8, then (imported alias rows only) a tab
 * and the entity type. Titles hold no tab.
 */
final class KbCodec {

    private KbCodec() {
    }

    static byte[] key(String surface) {
        return surface.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] value(String title, double score) {
        return value(title, score, null);
    }

    static byte[] value(String title, double score, String type) {
        byte[] titleBytes = (type == null ? title : title + '\t' + type).getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Float.BYTES + titleBytes.length)
                .putFloat((float) score)
                .put(titleBytes)
                .array();
    }

    static KbEntry entry(byte[] value) {
        float score = ByteBuffer.wrap(value).getFloat();
        String text = new String(value, Float.BYTES, value.length - Float.BYTES, StandardCharsets.UTF_8);
        int tab = text.indexOf('\t');
        // Scores are stored as floats; round so that 0.97561 reads back as 0.97561.
        double rounded = Math.round(score * 1e6) / 1e6;
        return tab < 0 ? new KbEntry(text, rounded)
                : new KbEntry(text.substring(0, tab), rounded, text.substring(tab + 1), false);
    }
}
