package dev.newswire.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides whether raw bytes are text ingest can read: in goes a {@link RawInput}, out comes a
 * {@link TextDocument} (strict UTF-8, byte order mark removed) or a {@link ParseFailure} with reason
 * EMPTY_INPUT, BINARY_INPUT or INVALID_ENCODING and a message that says what was seen where.
 */
public final class InputScreen {

  /** More control characters than one in this many means the input is not text. */
  private static final int CONTROL_CHAR_RATIO = 20;

  /** Outcome of the screen: exactly one of document and failure is set. */
  public record Screened(TextDocument document, ParseFailure failure) {}

  public Screened screen(RawInput input) {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      return fail(RejectReason.EMPTY_INPUT, input.fileName() == null ? "input is empty" : "file is empty");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return fail(RejectReason.INVALID_ENCODING,
          "input starts with a UTF-16 byte order mark; only UTF-8 is supported");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return fail(RejectReason.BINARY_INPUT, "input looks binary (NUL byte at offset " + nul + ")");
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CoderResult result = strictUtf8().decode(in, chars, true);
    if (result.isError()) {
      int offset = in.position();
      return fail(RejectReason.INVALID_ENCODING, String.format(Locale.ROOT,
          "input is not valid UTF-8 (bad byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset));
    }
    chars.flip();
    String text = chars.toString();
    int controls = countControls(text);
    if (controls > 0 && (long) controls * CONTROL_CHAR_RATIO > text.length()) {
      return fail(RejectReason.BINARY_INPUT, "input looks binary (" + controls
          + " control characters in " + text.length() + ")");
    }
    if (text.isBlank()) {
      return fail(RejectReason.EMPTY_INPUT, "input contains only whitespace");
    }
    return new Screened(new TextDocument(input, text), null);
  }

  private static Screened fail(RejectReason reason, String message) {
    return new Screened(null, ParseFailure.of(reason, message));
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls. */
  private static int countControls(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
      if (c0 || (c >= 0x7F && c <= 0x9F)) {
        count++;
      }
    }
    return count;
  }
}
