package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevSetReaderTest {

  private static final String GOOD = """
      {"id": "t-1", "headline": "Putin meets Kim", "body": "Vladimir Putin met Kim in Moscow.", "gold": [\
      {"field": "headline", "start": 0, "end": 5, "text": "Putin", "type": "PERSON", "kbId": "Vladimir_Putin"},\
      {"field": "body", "start": 26, "end": 32, "text": "Moscow", "type": "LOCATION", "kbId": null}]}

      {"id": "t-2", "headline": "Quiet day", "body": "Nothing happened.", "gold": []}
      """;

  @Test
  void shouldReadArticlesAndGoldMentions() throws IOException {
    List<DevArticle> articles = DevSetReader.read(new StringReader(GOOD), "good.jsonl");

    assertThat(articles).extracting(DevArticle::id).containsExactly("t-1", "t-2");
    assertThat(articles.get(0).gold()).containsExactly(
        new GoldMention("headline", 0, 5, "Putin", EntityType.PERSON, "Vladimir_Putin"),
        new GoldMention("body", 26, 32, "Moscow", EntityType.LOCATION, null));
  }

  @Test
  void shouldRejectASpanThatIsNotItsText() {
    String line = "{\"id\": \"t\", \"headline\": \"h\", \"body\": \"Vladimir Putin\", \"gold\": [{\"field\": \"body\","
        + " \"start\": 0, \"end\": 7, \"text\": \"Vladimir\", \"type\": \"PERSON\", \"kbId\": null}]}";

    assertThatThrownBy(() -> DevSetReader.read(new StringReader(line), "bad.jsonl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad.jsonl:1 (t): span [0, 7) of body is not 'Vladimir'");
  }

  @Test
  void shouldRejectAnUnknownTypeAndARepeatedId() {
    String unknownType = "{\"id\": \"t\", \"headline\": \"h\", \"body\": \"Putin\", \"gold\": [{\"field\": \"body\","
        + " \"start\": 0, \"end\": 5, \"text\": \"Putin\", \"type\": \"PER\", \"kbId\": null}]}";
    String twice = "{\"id\": \"t\", \"headline\": \"h\", \"body\": \"b\", \"gold\": []}\n"
        + "{\"id\": \"t\", \"headline\": \"h\", \"body\": \"b\", \"gold\": []}";

    assertThatThrownBy(() -> DevSetReader.read(new StringReader(unknownType), "x"))
        .hasMessageContaining("unknown type");
    assertThatThrownBy(() -> DevSetReader.read(new StringReader(twice), "x"))
        .hasMessage("x:2: repeated id 't'");
  }

  @Test
  void shouldTurnAnArticleIntoAValidNewsArticle() throws IOException {
    DevArticle article = DevSetReader.read(new StringReader(GOOD), "good.jsonl").get(0);

    NewsArticle news = article.toNewsArticle(Instant.parse("2026-01-02T03:04:05Z"));

    assertThat(news.getId()).isEqualTo("t-1");
    assertThat(news.getHeadline()).isEqualTo("Putin meets Kim");
    assertThat(news.getBody()).isEqualTo("Vladimir Putin met Kim in Moscow.");
    assertThat(news.getContentHash()).hasSize(64).matches("[0-9a-f]+");
    assertThat(news.getIngestedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
  }
}
