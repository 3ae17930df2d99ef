package dev.newswire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.NewswireCommand;
import dev.newswire.enrich.overrides.KbOverrideValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Argument checks, which fail before any connection; publishing is covered by LiveOverrideIT. */
class OverrideCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new NewswireCommand());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    String[] all = new String[args.length + 3];
    all[0] = "override";
    all[1] = "--bootstrap-servers";
    all[2] = "localhost:1";
    System.arraycopy(args, 0, all, 3, args.length);
    return cli.execute(all);
  }

  @Test
  void shouldRejectAnUnknownType() {
    assertThat(run("--surface", "DPRK", "--title", "North_Korea", "--type", "COUNTRY")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown type 'COUNTRY'; expected one of [LOCATION, MISC, ORGANIZATION, PERSON]");
  }

  @Test
  void shouldRequireATitleUnlessDeleting() {
    assertThat(run("--surface", "DPRK")).isEqualTo(2);
    assertThat(err.toString()).contains("--title is required (or --delete to remove an override)");
  }

  @Test
  void shouldRefuseATitleWithDelete() {
    assertThat(run("--surface", "DPRK", "--delete", "--title", "North_Korea")).isEqualTo(2);
    assertThat(err.toString()).contains("--delete takes only --surface");
  }

  @Test
  void shouldRefuseABlankSurface() {
    assertThat(run("--surface", "  ", "--title", "North_Korea")).isEqualTo(2);
    assertThat(err.toString()).contains("--surface must not be blank");
  }

  @Test
  void shouldDescribeWhatWasPublished() {
    RecordMetadata written = new RecordMetadata(new TopicPartition("news.kb.overrides", 0), 7, 0, 0L, 4, 30);

    assertThat(OverrideCommand.describe("DPRK", new KbOverrideValue("North_Korea", "location", "COUNTRY"), written))
        .isEqualTo("override: 'DPRK' -> North_Korea [LOCATION/COUNTRY] published to news.kb.overrides (partition 0, offset 7)");
    assertThat(OverrideCommand.describe("DPRK", null, written))
        .isEqualTo("override: removed 'DPRK': tombstone published to news.kb.overrides (partition 0, offset 7)");
  }
}
