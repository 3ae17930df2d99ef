package dev.newswire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

class AvroTrustTest {

  @Test
  void shouldTrustGeneratedClassesOnceInstalled() {
    AvroTrust.ensureInstalled();

    assertThat(ClassSecurityValidator.getGlobal().isTrusted(NewsArticle.class)).isTrue();
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(InputFormat.class)).isTrue();
  }

  @Test
  void shouldRespectPackageBoundaries() {
    assertThat(AvroTrust.isOurs(NewsArticle.class)).isTrue();
    assertThat(AvroTrust.isOurs(String.class)).isFalse();
    assertThat(AvroTrust.isOurs(ClassSecurityValidator.class)).isFalse();
  }
}
