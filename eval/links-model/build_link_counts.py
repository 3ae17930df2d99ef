#!/usr/bin/env python3
"""Builds enrich's link-count table from the AIDA CoNLL-YAGO links of the CoNLL-2003 training set.

Usage: python3 eval/links-model/build_link_counts.py ../shared/devsets/conll2003/train.links.jsonl \
           enrich/src/main/resources/dev/newswire/enrich/link/aida-train-links.tsv

For each mention surface, how often the annotators linked it to each Wikipedia title, or to no page
(written as an empty title). Mentions that cross a line break are left out. Rows are sorted, so the
output is the same from run to run.
"""
import collections, json, sys

HEADER = """# How annotators linked each name of the CoNLL-2003 training set: surface, Wikipedia title (2010;
# empty: no page), count. Derived from the AIDA CoNLL-YAGO annotation (Hoffart et al. 2011, Max Planck
# Institute for Informatics), licensed CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/); built by
# eval/links-model/build_link_counts.py. Only names and counts: no text of the articles.
"""


def main(src, dst):
    counts = collections.Counter()
    with open(src, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            for link in article["links"]:
                text = link["text"]
                if link.get("crossesLine") or "\n" in text or "\t" in text:
                    continue
                counts[(text, link.get("title") or "")] += 1
    with open(dst, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for (surface, title), n in sorted(counts.items()):
            out.write(f"{surface}\t{title}\t{n}\n")
    print(f"{len(counts)} rows, {len({s for s, _ in counts})} surfaces -> {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
