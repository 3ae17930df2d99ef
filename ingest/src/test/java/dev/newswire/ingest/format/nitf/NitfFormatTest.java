package dev.newswire.ingest.format.nitf;

import static dev.newswire.ingest.format.Samples.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.Samples;
import dev.newswire.schemas.InputFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NitfFormatTest {

  @Test
  void shouldReadEveryNitfField() {
    ArticleDraft article = Samples.only("nitf/bridge-full.nitf.xml");

    assertThat(article.format()).isEqualTo(InputFormat.NITF);
    assertThat(article.headline()).isEqualTo("River Bridge Reopens Three Weeks Ahead of Schedule");
    assertThat(article.standfirst()).isEqualTo("Traffic is flowing again across the river crossing.");
    assertThat(article.body()).isEqualTo("The bridge reopened to cars and buses at dawn on Tuesday, three weeks earlier than planned.\n"
        + "Helen Okafor of the River Authority said mild weather had helped the crews & suppliers.\n"
        + "Cyclists will get a separate lane from July.");
    assertThat(article.authors()).containsExactly("Tom Ashby");
    assertThat(article.sourceId()).isEqualTo("NWS-2024-0611-BRIDGE");
    assertThat(article.source()).isEqualTo("Newswire Samples Agency");
    assertThat(article.section()).isEqualTo("UK");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-06-11T08:30:00Z"));
    assertThat(article.feedTags()).containsExactly(
        tag("subject", "politics", "11000000"), tag("subject", "economy, business and finance", "04000000"),
        tag("person", "Helen Okafor", "wikidata"), tag("organisation", "River Authority", null),
        tag("place", "London", "geo:2643743"), tag("keyword", "infrastructure", null),
        tag("keyword", "transport", null), tag("urgency", "2", null), tag("located", "London", null));
    assertThat(article.dateline()).isEqualTo("London, June 11");
  }

  @Test
  void shouldReadMinimalNitfWithoutHeadOrDeclaration() {
    ArticleDraft article = Samples.only("nitf/minimal.xml");

    assertThat(article.headline()).isEqualTo("Power Restored After Overnight Outage");
    assertThat(article.body()).isEqualTo("Electricity returned to about 4,000 homes shortly after 3 a.m.\n"
        + "The cause of the fault is under investigation.");
    assertThat(article.standfirst()).isNull();
    assertThat(article.sourceId()).isNull();
    assertThat(article.publishedAt()).isNull();
    assertThat(article.authors()).isEmpty();
    assertThat(article.feedTags()).isEmpty();
    assertThat(article.dateline()).isNull();
  }

  @Test
  void shouldReadNonAsciiNitfWithBasicIsoDateAndPlainByline() {
    ArticleDraft article = Samples.only("nitf/lyon-french.nitf");

    assertThat(article.headline()).isEqualTo("À Lyon, la fête des Lumières attire un public record");
    assertThat(article.body()).endsWith("« C’est une édition exceptionnelle », a déclaré la mairie.");
    assertThat(article.authors()).containsExactly("Élodie Garçon");
    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.sourceId()).isEqualTo("NWS-FR-0307");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-07T16:15:00Z"));
  }

  @Test
  void shouldRejectNitfWithoutBodyContent() {
    ParseResult result = FormatDetector.standard(FormatLimits.defaults()).parse(new RawInput("x", null,
        "<nitf><body><body.head><hedline><hl1>Only A Headline</hl1></hedline></body.head></body></nitf>"
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(result.format()).isEqualTo(InputFormat.NITF);
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.reason()).isEqualTo(RejectReason.MISSING_FIELD);
      assertThat(failure.message()).isEqualTo("NITF document has a headline but no body text");
    });
  }
}
