package dev.newswire.app.view.html;

/** The page's inline style sheet: the article text beside its findings, one colour per entity type. */
final class PageStyle {

  private PageStyle() {}

  static final String CSS = """
      :root { --person: #ffd6a5; --organization: #bde0fe; --location: #caffbf; --misc: #e4c1f9; }
      body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d1d1f;
        background: #f5f5f7; }
      header { padding: 12px 24px; background: #1d1d1f; color: #fff; }
      header h1 { margin: 0; font-size: 20px; }
      .legend { margin: 4px 0 0; font-size: 13px; }
      main { padding: 16px 24px; }
      article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 20px; background: #fff;
        border-radius: 8px; padding: 16px 20px; margin-bottom: 18px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
      article h2 { margin: 0 0 6px; font-size: 20px; line-height: 1.3; }
      .standfirst { font-weight: 600; margin: 0 0 6px; }
      .meta { color: #6e6e73; font-size: 13px; margin: 0 0 10px; }
      .body { white-space: pre-wrap; overflow-wrap: anywhere; }
      aside h3 { font-size: 14px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #6e6e73; }
      aside h3 ~ h3 { margin-top: 14px; }
      table.entities { border-collapse: collapse; width: 100%; font-size: 13px; }
      table.entities th, table.entities td { text-align: left; padding: 2px 6px 2px 0; vertical-align: top; }
      table.entities th { border-bottom: 1px solid #d2d2d7; font-weight: 600; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      mark { border-radius: 3px; padding: 0 1px; color: inherit; }
      mark mark { box-shadow: inset 0 -2px 0 rgba(0,0,0,.35); }
      .chip { border-radius: 3px; padding: 0 4px; color: #1d1d1f; }
      .t-person { background: var(--person); }
      .t-organization { background: var(--organization); }
      .t-location { background: var(--location); }
      .t-misc { background: var(--misc); }
      ul.related { padding-left: 18px; margin: 0; font-size: 13px; }
      li.duplicate { color: #6e6e73; }
      .dup { color: #b3261e; font-size: 11px; text-transform: uppercase; }
      .none { color: #6e6e73; font-style: italic; font-size: 13px; margin: 0; }
      .topics { font-size: 13px; margin: 0; }
      a { color: #0a58ca; }
      @media (max-width: 800px) { article { grid-template-columns: 1fr; } }
      """;
}
