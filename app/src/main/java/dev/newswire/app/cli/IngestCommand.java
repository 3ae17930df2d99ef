package dev.newswire.app.cli;

import dev.newswire.app.run.IngestRun;
import dev.newswire.ingest.IngestSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswire ingest}: reads articles from files, folders (recursively) and stdin, publishes each
 * to the raw topic and each unreadable input to the dead-letter topic, then prints a summary.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Publish articles from files, folders (recursive) or stdin (-) to Kafka.")
public final class IngestCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--fail-on-error", description = "Exit with 1 when any input was rejected to the dead-letter topic.")
  boolean failOnError;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - for stdin.")
  List<String> paths;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IngestSummary summary = IngestRun.run(kafka.properties(), paths,
        ConsoleProgress.forConsole(spec.commandLine().getErr()), System.in);
    out.println(describe(summary));
    out.flush();
    if (!summary.succeeded()) {
      spec.commandLine().getErr().println("newswire ingest: " + summary.sendFailures()
          + " record(s) could not be written to Kafka: " + summary.lastSendFailure());
      return 1;
    }
    return failOnError && summary.rejected() > 0 ? 1 : 0;
  }

  static String describe(IngestSummary s) {
    StringBuilder text = new StringBuilder();
    text.append("ingest: ").append(s.inputs()).append(" input(s) read, ")
        .append(s.articlesPublished()).append(" article(s) published, ")
        .append(s.rejected()).append(" rejected to the dead-letter topic");
    if (s.sendFailures() > 0) {
      text.append(", ").append(s.sendFailures()).append(" send failure(s)");
    }
    appendCounts(text, "  by format: ", s.articlesByFormat());
    appendCounts(text, "  rejected by reason: ", s.rejectedByReason());
    return text.toString();
  }

  private static void appendCounts(StringBuilder text, String label, Map<?, Long> counts) {
    if (!counts.isEmpty()) {
      text.append('\n').append(label);
      counts.forEach((k, v) -> text.append(k).append('=').append(v).append(' '));
    }
  }
}
