package dev.newswire.app.view.html;

/**
 * One mention to highlight in one field: {@code [start, end)} in UTF-16 code units, the entity's
 * index on the page ({@code entity}), the mention's key ({@code mention}, unique on the page), a CSS
 * class for its type and a tooltip.
 */
record Highlight(int start, int end, String entity, String mention, String cssClass, String title) {}
