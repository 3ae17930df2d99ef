package dev.newswire.app.view.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * One field's text as HTML with its mentions wrapped in {@code <mark>} elements at their exact
 * offsets. In: the text and the highlights; out: escaped HTML whose text content is the text
 * unchanged. Nested mentions nest; a mention that crosses another is split into pieces, each its own
 * {@code <mark>} with the same {@code data-mention}. Every mark carries {@code data-start} and
 * {@code data-end}, the offsets of its own piece. Highlights outside the text or empty are left out.
 */
final class MarkedText {

  private MarkedText() {}

  static String render(String text, List<Highlight> highlights) {
    List<Highlight> valid = highlights.stream()
        .filter(h -> h.start() >= 0 && h.end() <= text.length() && h.start() < h.end())
        .sorted(Comparator.comparingInt(Highlight::start).thenComparing(Comparator.comparingInt(Highlight::end).reversed()))
        .toList();
    List<Token> tokens = new ArrayList<>();
    Deque<Piece> open = new ArrayDeque<>(); // top = innermost
    int next = 0; // index into valid
    int position = 0;
    while (position < text.length() || !open.isEmpty()) {
      closeEndingAt(position, open, tokens);
      while (next < valid.size() && valid.get(next).start() == position) {
        Piece piece = new Piece(valid.get(next++), position);
        tokens.add(piece);
        open.push(piece);
      }
      int until = nextBoundary(position, text.length(), open, valid, next);
      if (until > position) {
        tokens.add(new Text(position, until));
      }
      if (until == position) {
        break;
      }
      position = until;
    }
    closeEndingAt(text.length(), open, tokens);
    return write(text, tokens);
  }

  /** Closes the marks that end here; marks opened inside one of them are closed and reopened. */
  private static void closeEndingAt(int position, Deque<Piece> open, List<Token> tokens) {
    while (open.stream().anyMatch(p -> p.highlight.end() == position)) {
      Deque<Piece> reopen = new ArrayDeque<>();
      while (true) {
        Piece top = open.pop();
        top.end = position;
        tokens.add(new Close());
        if (top.highlight.end() == position) {
          break;
        }
        reopen.push(top);
      }
      while (!reopen.isEmpty()) {
        Piece again = new Piece(reopen.pop().highlight, position);
        tokens.add(again);
        open.push(again);
      }
    }
  }

  private static int nextBoundary(int position, int length, Deque<Piece> open, List<Highlight> valid, int next) {
    int until = length;
    for (Piece piece : open) {
      until = Math.min(until, piece.highlight.end());
    }
    if (next < valid.size()) {
      until = Math.min(until, valid.get(next).start());
    }
    return Math.max(until, position);
  }

  private static String write(String text, List<Token> tokens) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (Token token : tokens) {
      if (token instanceof Text t) {
        Html.appendEscaped(out, text, t.start, t.end);
      } else if (token instanceof Piece p) {
        Highlight h = p.highlight;
        out.append("<mark class=\"").append(Html.escape(h.cssClass())).append("\" data-entity=\"")
            .append(Html.escape(h.entity())).append("\" data-mention=\"").append(Html.escape(h.mention()))
            .append("\" data-start=\"").append(p.start).append("\" data-end=\"").append(p.end)
            .append("\" title=\"").append(Html.escape(h.title())).append("\">");
      } else {
        out.append("</mark>");
      }
    }
    return out.toString();
  }

  private sealed interface Token permits Text, Piece, Close {}

  private record Text(int start, int end) implements Token {}

  private static final class Close implements Token {}

  private static final class Piece implements Token {
    final Highlight highlight;
    final int start;
    int end;

    Piece(Highlight highlight, int start) {
      this.highlight = highlight;
      this.start = start;
    }
  }
}
