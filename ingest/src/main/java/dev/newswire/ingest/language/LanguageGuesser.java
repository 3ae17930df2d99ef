package dev.newswire.ingest.language;

/** Says which language a text is in. Implementations are thread-safe. */
public interface LanguageGuesser {

  /** Guesses nothing; for tests and for runs that trust the inputs' own language fields. */
  LanguageGuesser NONE = text -> null;

  /** The text's language as a BCP-47 tag ("en", "de"), or null when unsure. */
  String guess(String text);
}
