#!/usr/bin/env python3
"""Builds enrich's link-count table from the AIDA CoNLL-YAGO links of the CoNLL-2003 training set.

Usage: python3 eval/links-model/build_link_counts.py ../shared/devsets/conll2003/train.links.jsonl \
           enrich/src/main/resources/dev/newswire/enrich/link/aida-train-links.tsv \
           enrich/src/main/resources/dev/newswire/enrich/link/aida-train-titles.tsv

The first output: for each mention surface, how often the annotators linked it to each Wikipedia title,
or to no page (written as an empty title). The second: for each title, how many of the mentions linked
to it were typed PER, ORG, LOC and MISC. Mentions that cross a line break are left out. Rows are
sorted, so the output is the same from run to run.
"""
import collections, json, sys

HEADER = """# How annotators linked each name of the CoNLL-2003 training set: surface, Wikipedia title (2010;
# empty: no page), count. Derived from the AIDA CoNLL-YAGO annotation (Hoffart et al. 2011, Max Planck
# Institute for Informatics), licensed CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/); built by
# eval/links-model/build_link_counts.py. Only names and counts: no text of the articles.
"""


TITLES_HEADER = """# The CoNLL-2003 types of the mentions annotators linked to each Wikipedia title (2010) in the training
# set: title, PER, ORG, LOC, MISC. Derived from the AIDA CoNLL-YAGO annotation (Hoffart et al. 2011, Max
# Planck Institute for Informatics), licensed CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/);
# built by eval/links-model/build_link_counts.py.
"""
TYPES = ["PER", "ORG", "LOC", "MISC"]


def main(src, dst, titles_dst):
    counts = collections.Counter()
    types = collections.defaultdict(collections.Counter)
    with open(src, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for link in article["links"]:
                text = link["text"]
                if link.get("crossesLine") or "\n" in text or "\t" in text:
                    continue
                counts[(text, link.get("title") or "")] += 1
                if link.get("title"):
                    types[link["title"]][link["type"]] += 1
    with open(dst, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for (surface, title), n in sorted(counts.items()):
            out.write(f"{surface}\t{title}\t{n}\n")
    print(f"{len(counts)} rows, {len({s for s, _ in counts})} surfaces -> {dst}")
    with open(titles_dst, "w", encoding="utf-8") as out:
        out.write(TITLES_HEADER)
        for title in sorted(types):
            out.write(title + "".join(f"\t{types[title][t]}" for t in TYPES) + "\n")
    print(f"{len(types)} titles -> {titles_dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
