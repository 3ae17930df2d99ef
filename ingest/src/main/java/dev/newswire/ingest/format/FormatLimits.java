package dev.newswire.ingest.format;

/**
 * Size limits that protect ingest from hostile or broken input.
 *
 * @param maxInputBytes largest file or stream read at all
 * @param maxArticleBytes largest single article: a wire-text file, one JSON object or one JSON line
 * @param maxJsonDepth deepest JSON nesting accepted
 */
public record FormatLimits(long maxInputBytes, int maxArticleBytes, int maxJsonDepth) {

  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;
  public static final int DEFAULT_MAX_JSON_DEPTH = 32;

  public FormatLimits {
    if (maxInputBytes < 1 || maxArticleBytes < 1 || maxJsonDepth < 1) {
      throw new IllegalArgumentException("limits must be positive: input " + maxInputBytes
          + ", article " + maxArticleBytes + ", JSON depth " + maxJsonDepth);
    }
  }

  public static FormatLimits defaults() {
    return new FormatLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MAX_JSON_DEPTH);
  }
}
