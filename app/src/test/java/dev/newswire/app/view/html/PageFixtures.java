package dev.newswire.app.view.html;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;

/** Enriched articles made by hand for the page tests, one of them hostile. */
public final class PageFixtures {

  static {
    AvroTrust.ensureInstalled();
  }

  private PageFixtures() {}

  public static final String HOSTILE_BODY = "Kim Jong Un spoke. <script>document.title='pwned'</script>"
      + "<img src=x onerror=\"document.title='pwned'\"> Then <b>Seoul</b> & \"Tokyo\" answered.";

  /** An article whose body tries to run script; its entities point into the hostile text. */
  public static EnrichedArticle hostileArticle() {
    int seoul = HOSTILE_BODY.indexOf("Seoul");
    return article("hostile-1", "Kim </h2><script>x()</script>", HOSTILE_BODY, List.of(
        entity("Kim Jong Un", EntityType.PERSON, "javascript:alert(1)",
            new Mention("body", 0, 11, "Kim Jong Un"), new Mention("headline", 0, 3, "Kim")),
        entity("Seoul", EntityType.LOCATION, "https://en.wikipedia.org/wiki/Seoul",
            new Mention("body", seoul, seoul + 5, "Seoul"))),
        List.of(RelatedArticle.newBuilder().setId("other").setHeadline("<i>x</i>").setScore(0.5)
            .setUrl("javascript:alert(2)").setDuplicate(true).setSharedEntities(List.of("Seoul")).build()));
  }

  public static EnrichedArticle article(String id, String headline, String body, List<Entity> entities,
      List<RelatedArticle> related) {
    return EnrichedArticle.newBuilder()
        .setId(id).setHeadline(headline).setBody(body).setSource("Wire <Service>")
        .setIngestedAt(Instant.parse("2026-11-26T06:00:00Z")).setContentHash("ff")
        .setEntities(entities).setRelated(related)
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("dev").setEnrichedAt(Instant.EPOCH)
            .setProcessingMillis(12).build())
        .build();
  }

  public static Entity entity(String name, EntityType type, String kbUrl, Mention... mentions) {
    return Entity.newBuilder().setId("e-" + name).setName(name).setType(type).setKbUrl(kbUrl)
        .setKbId(kbUrl == null ? null : name.replace(' ', '_')).setSalience(0.5).setMentions(List.of(mentions)).build();
  }

}
