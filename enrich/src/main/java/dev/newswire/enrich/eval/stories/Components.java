package dev.newswire.enrich.eval.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicted stories from related links: the connected components of the graph whose nodes are the
 * articles and whose edges are the links (either direction). An article without links is a story of
 * its own. Out: article id to story id, the story id being the smallest article id of the component.
 */
public final class Components {

  private Components() {}

  public static Map<String, String> of(List<String> ids, Collection<Pair> links) {
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    for (Pair link : links) {
      if (parent.containsKey(link.first()) && parent.containsKey(link.second())) {
        String a = root(parent, link.first());
        String b = root(parent, link.second());
        if (!a.equals(b)) {
          parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
        }
      }
    }
    Map<String, String> stories = new LinkedHashMap<>();
    ids.forEach(id -> stories.put(id, root(parent, id)));
    return stories;
  }

  private static String root(Map<String, String> parent, String id) {
    String node = id;
    while (!parent.get(node).equals(node)) {
      node = parent.get(node);
    }
    return node;
  }
}
