package dev.newswire.enrich.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The byte layout of the RocksDB index. Key: the surface in UTF-8, compared bytewise.
 * Value: the score as a 4-byte IEEE float, then the title in UTF-8.
 */
final class KbCodec {

    private KbCodec() {
    }

    static byte[] key(String surface) {
        return surface.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] value(String title, double score) {
        byte[] titleBytes = title.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Float.BYTES + titleBytes.length)
                .putFloat((float) score)
                .put(titleBytes)
                .array();
    }

    static KbEntry entry(byte[] value) {
        float score = ByteBuffer.wrap(value).getFloat();
        String title = new String(value, Float.BYTES, value.length - Float.BYTES, StandardCharsets.UTF_8);
        // Scores are stored as floats; round so that 0.97561 reads back as 0.97561.
        return new KbEntry(title, Math.round(score * 1e6) / 1e6);
    }
}
