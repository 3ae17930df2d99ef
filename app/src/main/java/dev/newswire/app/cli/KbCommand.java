package dev.newswire.app.cli;

import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.link.AliasIndex;
import dev.newswire.enrich.link.KbIndexException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswire kb import FILE...}: builds the user's alias tables into the knowledge-base cache, where
 * enrich, demo and eval put them on top of the 2014 dictionary (live overrides and the curated table still
 * win). Each import replaces the previous one; a bad row names its file and line and changes nothing.
 */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Manage the knowledge base enrich links to.",
    subcommands = KbCommand.Import.class)
public final class KbCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code newswire kb import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Build alias tables (surface TAB title TAB score [TAB type] per line, UTF-8, '#' comments) "
          + "into the index beside the Wikipedia dictionary; their rows win over it. Replaces the previous import.")
  static final class Import implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Alias tables; a later row wins for the same surface.")
    List<Path> files;

    @Option(names = "--kb-dir", paramLabel = "DIR",
        description = "Knowledge-base cache directory (default: newswire.kb.cache.dir, else ~/.cache/newswire/kb).")
    Path kbDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          err.println("newswire kb import: no such file: " + file);
          return 2;
        }
      }
      Path root = kbDir != null ? kbDir : KnowledgeBase.root(System.getProperties());
      try {
        AliasIndex.Imported imported = new AliasIndex(root).importFiles(files);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("newswire kb import: %d row(s) from %d file(s) into %s (%s); enrich, demo and eval use them "
            + "from their next start%n", imported.rows(), imported.files(), imported.dir(), imported.version());
        out.flush();
        return 0;
      } catch (IllegalArgumentException e) {
        err.println("newswire kb import: " + e.getMessage() + " (nothing imported; the previous aliases stay)");
        return 1;
      } catch (IOException | KbIndexException e) {
        err.println("newswire kb import: " + e.getMessage() + " (the previous aliases stay)");
        return 1;
      }
    }
  }
}
