package dev.newswire.app.bench.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * Kafka's own {@code ProducerPerformance} (kafka-tools), run in this process against the same
 * broker, as the yardstick of the ingest rate. The tool offers only {@code main}, which prints its
 * result; the bench captures standard output for the run and reads the summary line.
 */
public final class ProducerPerf {

  /** The summary line's figures. */
  public record Result(long records, double recordsPerSecond, double mbPerSecond, double avgLatencyMillis) {}

  private static final String NUMBER = "([0-9]+(?:[.,][0-9]+)?)";
  private static final Pattern SUMMARY = Pattern.compile("([0-9]+)(?: steady state)? records sent, " + NUMBER
      + " records/sec \\(" + NUMBER + " MB/sec\\), " + NUMBER + " ms avg latency", Pattern.CASE_INSENSITIVE);

  private ProducerPerf() {}

  /**
   * Sends {@code records} records of {@code recordBytes} random bytes each, with as many distinct keys,
   * as fast as it can.
   *
   * @param producerProps producer settings (bootstrap.servers, acks, idempotence, linger, compression)
   */
  public static Result run(String topic, long records, int recordBytes, Map<String, String> producerProps) {
    List<String> args = new ArrayList<>(List.of("--topic", topic, "--num-records", Long.toString(records),
        "--record-size", Integer.toString(recordBytes), "--throughput", "-1",
        "--key-distribution", "range",
        "--record-key-range", Long.toString(records), "--reporting-interval", "3600000", "--command-property"));
    producerProps.forEach((key, value) -> args.add(key + "=" + value));
    String output = captureStdout(args.toArray(String[]::new));
    return parse(output);
  }

  static Result parse(String output) {
    Result result = null;
    Matcher m = SUMMARY.matcher(output);
    while (m.find()) {
      result = new Result(Long.parseLong(m.group(1)), number(m.group(2)), number(m.group(3)), number(m.group(4)));
    }
    if (result == null) {
      throw new IllegalStateException("ProducerPerformance printed no summary: " + output.strip());
    }
    return result;
  }

  private static double number(String text) {
    return Double.parseDouble(text.replace(',', '.'));
  }

  private static synchronized String captureStdout(String[] args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ProducerPerformance.main(args);
    } catch (Exception e) {
      throw new IllegalStateException("ProducerPerformance failed: " + e, e);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
