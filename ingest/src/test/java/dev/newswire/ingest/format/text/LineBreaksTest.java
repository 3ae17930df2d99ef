package dev.newswire.ingest.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreaksTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "one", "one\ntwo", "a\r\nb\rc\nd", "\r\n\r\n", "a\n\nb\n", "x\u000By\u000Cz",
      "nel\u0085ls\u2028ps\u2029end", "\r\r\n\n\r", "trailing\r", "no break at all, just text"})
  void shouldSplitAndNormaliseExactlyAsTheRegexLineBreakDoes(String text) {
    assertThat(LineBreaks.split(text)).isEqualTo(Arrays.asList(text.split("\\R", -1)));
    assertThat(LineBreaks.toNewlines(text)).isEqualTo(text.replaceAll("\\R", "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "a\nb\n"})
  void shouldReturnTheSameStringWhenOnlyNewlinesAreThere(String text) {
    assertThat(LineBreaks.toNewlines(text)).isSameAs(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nb"})
  void shouldTreatCarriageReturnLineFeedAsOneBreak(String text) {
    assertThat(LineBreaks.split(text)).isEqualTo(List.of("a", "b"));
  }
}
