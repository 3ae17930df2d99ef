package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.NewswireCommand;
import dev.newswire.enrich.link.LinkCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswire demo <seed> --json-out FILE}, run as a user runs it (in-process, its own embedded broker). */
class DemoCommandIT {

  @Test
  void shouldPrintTheEnrichedSeedAndWriteItsJsonView(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("out.jsonl");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new NewswireCommand()).setOut(new PrintWriter(out));

    int exit = cli.execute("demo", Seeds.seed().toString(), "--json-out", json.toString(), "--timeout", "180");

    assertThat(exit).as("demo output:%n%s", out).isZero();
    assertThat(out.toString()).contains(Seeds.HEADLINE).contains("Vladimir Putin").contains("1 article(s) enriched");
    List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode article = new ObjectMapper().readTree(lines.get(0));
    assertThat(article.get("headline").asText()).isEqualTo(Seeds.HEADLINE);
    assertThat(article.has("sourceId")).isTrue();
    assertThat(article.has("url")).isTrue();
    assertThat(article.get("source").asText()).isEqualTo("Sputnik");
    assertThat(article.get("topics").isArray()).isTrue();
    assertThat(article.get("related").isArray()).isTrue();
    JsonNode putin = entity(article, "Vladimir Putin");
    assertThat(putin.get("type").asText()).isEqualTo("PERSON");
    assertThat(putin.get("id").asText()).isNotBlank();
    assertThat(putin.has("subtype")).isTrue();
    assertThat(putin.get("kbId").asText()).isEqualTo("Vladimir_Putin");
    assertThat(putin.get("kbUrl").asText()).isEqualTo("https://en.wikipedia.org/wiki/Vladimir_Putin");
    assertThat(entity(article, "Im Chon Il").get("kbId").isNull()).isTrue();
    assertThat(entity(article, "North Korea").get("mentions")).extracting(m -> m.get("text").asText()).contains("DPRK");
    assertThat(putin.get("salience").isNumber()).isTrue();
    for (JsonNode mention : putin.get("mentions")) {
      String field = mention.get("field").asText();
      String text = article.get(field).asText();
      assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
          .isEqualTo(mention.get("text").asText());
    }
    assertThat(putin.get("mentions")).extracting(m -> m.get("text").asText()).contains("Vladimir Putin", "Putin");
  }

  @Test
  void shouldNeverTypeAnEntityAgainstItsLinkOnTheSamples(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("samples.jsonl");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new NewswireCommand()).setOut(new PrintWriter(out));

    int exit = cli.execute("demo", Path.of("..", "samples").toAbsolutePath().normalize().toString(), "--json-out", json.toString(),
        "--timeout", "300");

    assertThat(exit).as("demo output:%n%s", out).isZero();
    LinkCounts counts = LinkCounts.shipped();
    List<String> contradictions = new ArrayList<>();
    int linked = 0;
    for (String line : Files.readAllLines(json, StandardCharsets.UTF_8)) {
      JsonNode article = new ObjectMapper().readTree(line);
      for (JsonNode entity : article.get("entities")) {
        if (entity.get("kbId").isNull()) {
          continue;
        }
        linked++;
        String type = entity.get("type").asText();
        counts.votes(entity.get("kbId").asText()).filter(v -> v.contradicts(type))
            .ifPresent(v -> contradictions.add(entity.get("name").asText() + " " + type + " " + entity.get("kbId")));
      }
    }
    assertThat(linked).as("linked entities in the samples' output (41 today)").isGreaterThanOrEqualTo(35);
    assertThat(contradictions).as("PERSON linked to a place or organisation's page, or the reverse").isEmpty();
  }

  private static JsonNode entity(JsonNode article, String name) {
    for (JsonNode entity : article.get("entities")) {
      if (entity.get("name").asText().equals(name)) {
        return entity;
      }
    }
    throw new AssertionError("no entity " + name + " in " + article.get("entities"));
  }
}
