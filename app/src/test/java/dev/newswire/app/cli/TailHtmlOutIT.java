package dev.newswire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.NewswireCommand;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.view.html.PageFixtures;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswire tail --html-out FILE}: the enriched articles it reads end up on the page. */
class TailHtmlOutIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  @Test
  void shouldWriteThePageOfTheArticlesRead(@TempDir Path dir) throws Exception {
    String topic = KAFKA.uniqueName("enriched");
    KAFKA.createTopics(1, topic);
    EnrichedArticle hostile = PageFixtures.hostileArticle();
    EnrichedArticle plain = PageFixtures.article("plain-1", "Plain", "Nothing to see.", List.of(), List.of());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.clientProperties(), new StringSerializer(),
        new ByteArraySerializer())) {
      for (EnrichedArticle article : List.of(hostile, plain)) {
        producer.send(new ProducerRecord<>(topic, article.getId(),
            ArticleSerdes.create().enrichedArticle().serializer().serialize(topic, article))).get();
      }
    }
    Path page = dir.resolve("page.html");

    int exit = new CommandLine(new NewswireCommand()).setOut(new PrintWriter(new StringWriter())).execute("tail",
        "--bootstrap-servers", KAFKA.bootstrapServers(), "--topic", topic, "--from-beginning", "--max", "2",
        "--timeout", "60", "--html-out", page.toString());

    assertThat(exit).isZero();
    Document dom = Jsoup.parse(Files.readString(page));
    assertThat(dom.select("article")).extracting(a -> a.attr("data-article-id")).containsExactly("hostile-1", "plain-1");
    assertThat(dom.select("script, img")).isEmpty();
  }
}
