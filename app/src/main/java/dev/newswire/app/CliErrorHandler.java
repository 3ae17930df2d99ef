package dev.newswire.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one clear line on stderr and exit code 2 for bad
 * arguments or configuration, 1 otherwise. The stack trace goes to the debug log, not the user.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    LOG.debug("command failed", e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    command.getErr().println(command.getColorScheme().errorText("newswire " + command.getCommandName() + ": " + message));
    return e instanceof IllegalArgumentException ? 2 : 1;
  }
}
