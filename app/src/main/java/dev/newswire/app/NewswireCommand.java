package dev.newswire.app;

import dev.newswire.app.broker.BrokerCommand;
import dev.newswire.app.cli.DemoCommand;
import dev.newswire.app.cli.EnrichCommand;
import dev.newswire.app.cli.IngestCommand;
import dev.newswire.app.cli.TailCommand;
import dev.newswire.schemas.serde.AvroTrust;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command: one entry point for every stage and tool. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Turns raw newswire into enriched events on Kafka.",
    subcommands = {
        IngestCommand.class, EnrichCommand.class, TailCommand.class, BrokerCommand.class, DemoCommand.class,
        dev.newswire.app.cli.OverrideCommand.class, dev.newswire.app.cli.EvalCommand.class,
        dev.newswire.app.cli.BenchCommand.class, dev.newswire.app.cli.KbCommand.class,
        CommandLine.HelpCommand.class})
public final class NewswireCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    AvroTrust.ensureInstalled();
    System.exit(new CommandLine(new NewswireCommand())
        .setExecutionExceptionHandler(new CliErrorHandler())
        .execute(args));
  }
}
