import dev.newswire.enrich.entity.EntityExtractor;
import dev.newswire.enrich.entity.LinkCandidate;
import dev.newswire.enrich.entity.LinkCandidates;
import dev.newswire.enrich.entity.LinkContext;
import dev.newswire.enrich.entity.MentionGroup;
import dev.newswire.enrich.eval.ConllDevSetReader;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.GoldMention;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.link.RocksKbIndex;
import dev.newswire.enrich.ner.ArticleNer;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the weights of enrich's link ranker (LinkRanker) on the CoNLL-2003 training set's AIDA links.
 * Each training article goes through enrich's own NER and grouping; each group whose mentions carry a
 * gold link (a title, or none) gives one example: its candidates (LinkCandidates) and which one is right.
 * The link counts each article sees leave out that article's own links, so the ranker learns how far to
 * trust counts on names it has not seen annotated. A log-linear model, a softmax over each group's
 * candidates, is fitted by AdaGrad (20 epochs, a fixed shuffle, Gaussian prior SIGMA). On the dev set,
 * with the candidate rules of that day, it kept the link accuracy of a right/wrong logistic regression per
 * candidate (0.853) and got NIL 0.768 against 0.748.
 * Usage: java -cp CLASSPATH TrainLinks.java CONLL_DIR OUT_TSV [SIGMA]
 */
public class TrainLinks {

  /**
   * Weights smaller than this are left out: 121,168 of 178,958 rows kept, and dev-set linking 0.857 against
   * 0.854 with all of them.
   */
  static final double MIN_WEIGHT = 0.1;
  static final double RATE = 0.1;
  static final int EPOCHS = 20;

  /** A group's gold answer: a title, or null for no page. */
  private record Gold(String title) {}

  public static void main(String[] a) throws Exception {
    Path conll = Path.of(a[0]);
    double sigma = a.length > 2 ? Double.parseDouble(a[2]) : 1.0;
    ArticleNer ner = new ArticleNer(new CrfNerEngine());
    KbOverrides curated = KbOverrides.curated();
    LinkCounts shipped = LinkCounts.shipped();
    int examples = 0;
    List<List<LinkCandidate>> lists = new ArrayList<>();
    List<Integer> rightIndex = new ArrayList<>();
    int groups = 0;
    int used = 0;
    int unreachable = 0;
    try (RocksKbIndex index = new KbIndexCache(KbIndexCache.defaultRoot(), Clock.systemUTC()).openCoreNlp()) {
      for (DevArticle art : ConllDevSetReader.read(conll, "train")) {
        KnownNames names = new KnownNames(new LayeredLinker(curated, index), leaveOut(shipped, art));
        ArticleText text = ArticleText.of(art.toNewsArticle(Instant.EPOCH));
        List<RawMention> mentions = ner.mentions(text, names);
        LinkContext context = LinkContext.of(text);
        for (MentionGroup group : EntityExtractor.groups(mentions, names)) {
          groups++;
          Gold gold = gold(group, art);
          if (gold == null) {
            continue; // no mention of the group is a gold span with a scored link
          }
          List<LinkCandidate> candidates = LinkCandidates.of(group, LinkCandidates.surfaces(group), names, context);
          int right = indexOf(candidates, gold);
          if (right < 0) {
            unreachable++;
            continue;
          }
          used++;
          lists.add(candidates);
          rightIndex.add(right);
          examples += candidates.size();
        }
      }
    }
    System.err.printf(Locale.ROOT, "%d groups, %d with a reachable gold answer, %d unreachable, %d examples%n",
        groups, used, unreachable, examples);
    Map<String, Double> fitted = listwise(lists, rightIndex, sigma);
    TreeSet<String> features = new TreeSet<>(fitted.keySet());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[1])))) {
      w.println("# newswire's link ranker: log-linear weight per candidate feature (softmax over a group's candidates),");
      w.println("# fitted by eval/links-model/TrainLinks.java on the AIDA CoNLL-YAGO links of the CoNLL-2003 training");
      w.println("# set (CC BY 3.0; sigma " + sigma + ", " + used + " mention groups, |weight| >= " + MIN_WEIGHT + ").");
      for (String f : features) {
        double v = fitted.get(f);
        if (Math.abs(v) >= MIN_WEIGHT && !f.contains("\t") && !f.contains("\n")) {
          w.println(f + "\t" + String.format(Locale.ROOT, "%.4f", v));
        }
      }
    }
  }

  /** Softmax over each group's candidates, AdaGrad with an L2 penalty 1/(2 sigma^2) per group seen. */
  static Map<String, Double> listwise(List<List<LinkCandidate>> lists, List<Integer> right, double sigma) {
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> g2 = new HashMap<>();
    double l2 = 1.0 / (sigma * sigma * lists.size());
    Random random = new Random(7);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      order.add(i);
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      double loss = 0;
      for (int i : order) {
        List<LinkCandidate> cs = lists.get(i);
        double[] s = new double[cs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cs.size(); k++) {
          for (Map.Entry<String, Double> f : cs.get(k).features().entrySet()) {
            s[k] += w.getOrDefault(f.getKey(), 0.0) * f.getValue();
          }
          max = Math.max(max, s[k]);
        }
        double z = 0;
        for (int k = 0; k < s.length; k++) {
          s[k] = Math.exp(s[k] - max);
          z += s[k];
        }
        loss -= Math.log(s[right.get(i)] / z);
        Map<String, Double> grad = new TreeMap<>();
        for (int k = 0; k < cs.size(); k++) {
          double d = s[k] / z - (k == right.get(i) ? 1 : 0);
          for (Map.Entry<String, Double> f : cs.get(k).features().entrySet()) {
            grad.merge(f.getKey(), d * f.getValue(), Double::sum);
          }
        }
        for (Map.Entry<String, Double> e : grad.entrySet()) {
          double gr = e.getValue() + l2 * w.getOrDefault(e.getKey(), 0.0);
          double acc = g2.merge(e.getKey(), gr * gr, Double::sum);
          w.merge(e.getKey(), -RATE * gr / Math.sqrt(acc + 1e-8), Double::sum);
        }
      }
      System.err.printf(Locale.ROOT, "epoch %d loss %.1f%n", epoch, loss);
    }
    return w;
  }

  private static int indexOf(List<LinkCandidate> candidates, Gold gold) {
    for (int k = 0; k < candidates.size(); k++) {
      if (Objects.equals(candidates.get(k).title(), gold.title())) {
        return k;
      }
    }
    return -1;
  }

  /** The group's gold answer by the majority of its gold-linked mentions; null when none of them has one. */
  private static Gold gold(MentionGroup group, DevArticle art) {
    Map<String, Integer> votes = new HashMap<>();
    for (RawMention m : group.mentions()) {
      for (GoldMention g : art.gold()) {
        if (g.linkScored() && g.field().equals(m.field()) && g.start() == m.start() && g.end() == m.end()) {
          votes.merge(g.kbId() == null ? "" : g.kbId(), 1, Integer::sum);
        }
      }
    }
    if (votes.isEmpty()) {
      return null;
    }
    String best = votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).findFirst().get().getKey();
    return new Gold(best.isEmpty() ? null : best);
  }

  /** The shipped counts without this article's own links. */
  private static LinkCounts leaveOut(LinkCounts shipped, DevArticle art) {
    Map<String, Map<String, Integer>> counts = new HashMap<>(shipped.all());
    Map<String, LinkCounts.TitleVotes> votes = new HashMap<>(shipped.allVotes());
    for (GoldMention g : art.gold()) {
      if (!g.linkScored() || g.text().contains("\n") || g.text().contains("\t")) {
        continue;
      }
      Map<String, Integer> byTitle = new HashMap<>(counts.getOrDefault(g.text(), Map.of()));
      String title = g.kbId() == null ? "" : g.kbId();
      byTitle.computeIfPresent(title, (k, n) -> n > 1 ? n - 1 : null);
      counts.put(g.text(), byTitle);
      if (g.kbId() != null) {
        LinkCounts.TitleVotes v = votes.get(g.kbId());
        if (v != null) {
          LinkCounts.TitleVotes less = new LinkCounts.TitleVotes(
              Math.max(0, v.person() - (g.type() == EntityType.PERSON ? 1 : 0)),
              Math.max(0, v.organization() - (g.type() == EntityType.ORGANIZATION ? 1 : 0)),
              Math.max(0, v.location() - (g.type() == EntityType.LOCATION ? 1 : 0)),
              Math.max(0, v.misc() - (g.type() == EntityType.MISC ? 1 : 0)));
          if (less.person() + less.organization() + less.location() + less.misc() <= 0) {
            votes.remove(g.kbId());
          } else {
            votes.put(g.kbId(), less);
          }
        }
      }
    }
    return LinkCounts.of(counts, votes);
  }
}
