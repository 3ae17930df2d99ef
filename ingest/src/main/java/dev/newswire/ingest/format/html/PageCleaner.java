package dev.newswire.ingest.format.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a page what is not article text: scripts and styles, navigation, page header and
 * footer, asides, forms, embedded frames, figures, elements hidden from readers, and elements whose
 * class or id names furniture (share bars, social buttons, comments, related stories and teasers,
 * promotions, newsletters, ads, cookie banners, bylines, breadcrumbs, tag lists, sidebars).
 */
final class PageCleaner {

  private static final String ALWAYS = "script, style, noscript, template, nav, footer, aside, form, button, "
      + "iframe, svg, figure, header, [role=navigation], [role=complementary], [role=banner], "
      + "[role=contentinfo], [aria-hidden=true], [hidden], [itemprop=author]";
  private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|social|comments?|"
      + "related|teasers?|promo|promos|newsletter|advert|advertisement|ads?|cookies?|subscribe|byline|author|"
      + "breadcrumbs?|tags|sidebar|recommended|read-?more|more-stories|outbrain|taboola|popular|"
      + "most-read|signup|paywall)($|[\\s_-])");

  void clean(Document page) {
    page.select(ALWAYS).remove();
    for (Element element : page.body().select("[class], [id]")) {
      if (element.parent() != null && isFurniture(element)) {
        element.remove();
      }
    }
  }

  private static boolean isFurniture(Element element) {
    if ("body".equals(element.normalName()) || "html".equals(element.normalName())) {
      return false;
    }
    return FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find();
  }
}
