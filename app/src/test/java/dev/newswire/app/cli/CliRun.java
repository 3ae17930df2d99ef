package dev.newswire.app.cli;

import dev.newswire.app.NewswireCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code newswire} command in process, keeping what it wrote to stdout and stderr. */
final class CliRun {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The exit code of {@code newswire ARGS...}. */
  int run(String... args) {
    CommandLine cli = new CommandLine(new NewswireCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
