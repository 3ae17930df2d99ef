#!/usr/bin/env python3
"""Builds articles.jsonl and labels.jsonl from articles.src.txt.

Source format, one block per article (blocks may be in any order; they are sorted by date):

    == <key>                  a temporary key, unique in the file
    date: 2026-03-02T08:15:00Z
    source: Northwire
    story: s01-port-strike    (or -)
    dup: <key of the original> (or -)
    related: Name; Other Name (or -)
    H: headline
    B: one body paragraph per B: line

Articles are sorted by date and numbered story-001, story-002, ...; duplicateOf keys are
mapped to those ids. Run `python3 eval/stories/build.py` after every edit, then check.py.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    arts, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("== "):
                cur = {"key": line[3:].strip(), "paras": [], "line": n}
                arts.append(cur)
                continue
            if cur is None:
                sys.exit(f"line {n}: text before the first '== key'")
            tag, _, val = line.partition(": ")
            val = val.strip()
            if tag == "B":
                cur["paras"].append(val)
            elif tag in ("H", "date", "source", "story", "dup", "related"):
                if tag in cur:
                    sys.exit(f"line {n}: second {tag} in {cur['key']}")
                cur[tag] = val
            else:
                sys.exit(f"line {n}: unknown tag {tag!r}")
    return arts


def main():
    arts = parse(os.path.join(HERE, "articles.src.txt"))
    keys = [a["key"] for a in arts]
    if len(keys) != len(set(keys)):
        sys.exit("duplicate keys: " + ", ".join(sorted({k for k in keys if keys.count(k) > 1})))
    for a in arts:
        for tag in ("H", "date", "source", "story", "dup", "related"):
            if tag not in a:
                sys.exit(f"{a['key']}: missing {tag}")
    arts.sort(key=lambda a: a["date"])
    ids = {a["key"]: f"story-{i:03d}" for i, a in enumerate(arts, 1)}
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fl:
        for a in arts:
            aid = ids[a["key"]]
            fa.write(json.dumps({
                "id": aid,
                "headline": a["H"],
                "body": "\n\n".join(a["paras"]),
                "source": a["source"],
                "url": f"https://stories.example/{aid}",
                "publishedAt": a["date"],
            }, ensure_ascii=False) + "\n")
            dup = a["dup"]
            if dup != "-" and dup not in ids:
                sys.exit(f"{a['key']}: dup {dup} is not a key")
            rel = [] if a["related"] == "-" else [r.strip() for r in a["related"].split(";")]
            fl.write(json.dumps({
                "id": aid,
                "story": None if a["story"] == "-" else a["story"],
                "duplicateOf": None if dup == "-" else ids[dup],
                "relatedTopics": rel,
            }, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles written")
    if "-v" in sys.argv:
        for a in arts:
            print(ids[a["key"]], a["key"], a["date"], a["story"])


if __name__ == "__main__":
    main()
