package dev.newswire.ingest.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Language guesses from Lingua, restricted to common news languages (English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Russian, Ukrainian,
 * Turkish, Arabic, Chinese, Japanese, Korean) in low-accuracy mode, which keeps memory small and
 * start-up fast. The detector is built on first use, not before; Lingua shares its loaded models
 * within the process. Only the first {@value #SAMPLE_CHARS} characters are looked at.
 */
public final class LinguaLanguageGuesser implements LanguageGuesser {

  static final int SAMPLE_CHARS = 2000;

  private static final Language[] LANGUAGES = {Language.ENGLISH, Language.GERMAN, Language.FRENCH,
      Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH,
      Language.DANISH, Language.BOKMAL, Language.POLISH, Language.CZECH, Language.RUSSIAN,
      Language.UKRAINIAN, Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE,
      Language.KOREAN};

  private volatile LanguageDetector detector;

  @Override
  public String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language language = detector().detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language == Language.BOKMAL ? "nb" : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private LanguageDetector detector() {
    LanguageDetector current = detector;
    if (current == null) {
      synchronized (this) {
        current = detector;
        if (current == null) {
          current = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
          detector = current;
        }
      }
    }
    return current;
  }
}
