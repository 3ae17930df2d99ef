package dev.newswire.enrich.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.errors.ErrorClassifier.Action;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  @Test
  void shouldDeadLetterWhatTheRecordIsToBlameFor() {
    assertThat(ErrorClassifier.classify(new SerializationException("bad bytes"))).isEqualTo(Action.DEAD_LETTER);
    assertThat(ErrorClassifier.classify(new IllegalStateException("bug"))).isEqualTo(Action.DEAD_LETTER);
    assertThat(ErrorClassifier.classify(new RejectedArticleException(Reasons.EMPTY_ARTICLE, "empty")))
        .isEqualTo(Action.DEAD_LETTER);
  }

  @Test
  void shouldRetryWhatTheEnvironmentIsToBlameFor() {
    assertThat(ErrorClassifier.classify(new TimeoutException("broker slow"))).isEqualTo(Action.RETRY);
    assertThat(ErrorClassifier.classify(new RuntimeException(new InterruptedException()))).isEqualTo(Action.RETRY);
  }

  @Test
  void shouldStopOnJvmErrorsEvenWhenWrapped() {
    assertThat(ErrorClassifier.classify(new OutOfMemoryError())).isEqualTo(Action.FATAL);
    assertThat(ErrorClassifier.classify(new StreamsException(new NoClassDefFoundError("x")))).isEqualTo(Action.FATAL);
  }

  @Test
  void shouldNameTheDeadLetterReason() {
    assertThat(ErrorClassifier.reason(new SerializationException("x"))).isEqualTo("UNDECODABLE_RECORD");
    assertThat(ErrorClassifier.reason(new RejectedArticleException(Reasons.NULL_VALUE, "x"))).isEqualTo("NULL_VALUE");
    assertThat(ErrorClassifier.reason(new IllegalArgumentException("x"))).isEqualTo("ENRICH_FAILED");
  }

  @Test
  void shouldReplaceAStreamThreadUnlessTheJvmIsInTrouble() {
    assertThat(ErrorClassifier.onUncaught(new StreamsException("task failed")))
        .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(ErrorClassifier.onUncaught(new StreamsException(new OutOfMemoryError())))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }
}
