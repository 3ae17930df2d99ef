package dev.newswire.app.bench.corpus;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The paragraphs and headlines the corpus is built from: the project's samples ({@code samples/})
 * and dev-set articles ({@code eval/devset/articles.jsonl}) when they are there, read with ingest's
 * own parsers, plus {@link BuiltInText} always (the samples alone have too few paragraphs for
 * 300-1,500-word articles without repeating). Paragraphs outside 8-220 words are left out.
 */
public record TextPool(List<String> paragraphs, List<String> headlines, List<String> sources) {

  static final int MIN_PARAGRAPH_WORDS = 8;
  static final int MAX_PARAGRAPH_WORDS = 220;

  public TextPool {
    paragraphs = List.copyOf(paragraphs);
    headlines = List.copyOf(headlines);
    sources = List.copyOf(sources);
    if (paragraphs.isEmpty() || headlines.isEmpty()) {
      throw new IllegalArgumentException("a text pool needs paragraphs and headlines");
    }
  }

  /** The built-in text alone. */
  public static TextPool builtIn() {
    return new TextPool(BuiltInText.PARAGRAPHS, BuiltInText.HEADLINES, List.of("built-in"));
  }

  /** Built-in text plus the samples and dev set found under {@code home} (the project directory). */
  public static TextPool load(Path home) {
    List<String> paragraphs = new ArrayList<>(BuiltInText.PARAGRAPHS);
    List<String> headlines = new ArrayList<>(BuiltInText.HEADLINES);
    List<String> sources = new ArrayList<>(List.of("built-in"));
    FormatDetector formats = FormatDetector.standard(FormatLimits.defaults());
    for (Path file : inputs(home)) {
      ParseResult result = formats.parse(new RawInput(file.toString(), file.getFileName().toString(), read(file)));
      for (ArticleDraft draft : result.articles()) {
        headlines.add(draft.headline().strip());
        addParagraphs(paragraphs, draft.standfirst());
        addParagraphs(paragraphs, draft.body());
      }
      if (!result.articles().isEmpty()) {
        sources.add(home.relativize(file).toString());
      }
    }
    return new TextPool(paragraphs, headlines, sources);
  }

  private static List<Path> inputs(Path home) {
    List<Path> files = new ArrayList<>();
    Path samples = home.resolve("samples");
    if (Files.isDirectory(samples)) {
      try (Stream<Path> listing = Files.list(samples)) {
        listing.filter(Files::isRegularFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + samples, e);
      }
    }
    Path devset = home.resolve("eval").resolve("devset").resolve("articles.jsonl");
    if (Files.isRegularFile(devset)) {
      files.add(devset);
    }
    return files;
  }

  private static void addParagraphs(List<String> paragraphs, String text) {
    if (text == null) {
      return;
    }
    for (String paragraph : text.split("\n")) {
      int words = CorpusArticle.countWords(paragraph);
      if (words >= MIN_PARAGRAPH_WORDS && words <= MAX_PARAGRAPH_WORDS) {
        paragraphs.add(paragraph.strip());
      }
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
