#!/usr/bin/env python3
"""Validates articles.jsonl and labels.jsonl and prints the counts quoted in README.md.

python3 eval/stories/check.py        exits 1 on an error; warnings are printed but do not fail.
"""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
START, END = "2026-03-02", "2026-03-22"
# surface forms by which a relatedTopics entry may be written in an article
ALIASES = {
    "Federatie Nederlandse Vakbeweging": ["FNV"],
    "Office of the United States Trade Representative": ["United States Trade Representative"],
    "Ministry of Commerce of the People's Republic of China": ["Ministry of Commerce"],
    "Federal Financial Supervisory Authority": ["BaFin"],
    "Agencia Estatal de Meteorología": ["AEMET"],
    "United States Department of Labor": ["Labor Department"],
    "National Cyber Security Centre Finland": ["National Cyber Security Centre"],
    "National Bureau of Investigation (Finland)": ["National Bureau of Investigation"],
    "National Council of the Judiciary (Poland)": ["National Council of the Judiciary"],
    "Brentford F.C.": ["Brentford"],
    "Sentinel-1": ["Sentinel-1"],
    "Rushcliffe Borough Council": ["Rushcliffe"],
    "Federal Reserve": ["Federal Reserve", "Fed"],
    "World Health Organization": ["World Health Organization", "WHO"],
}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: {e}")
    return rows


def forms(topic):
    return ALIASES.get(topic, [topic])


def mentions(text, topic):
    return any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms(topic))


def shingles(text, n=5):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def jaccard(a, b):
    a, b = shingles(a), shingles(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def main():
    arts, labels = load("articles.jsonl"), load("labels.jsonl")
    keys = {"id", "headline", "body", "source", "url", "publishedAt"}
    for a in arts:
        if set(a) != keys:
            err(f"{a.get('id')}: fields {sorted(a)}")
    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        err("article ids are not unique")
    if [l["id"] for l in labels] != ids:
        err("labels.jsonl ids differ from articles.jsonl ids (same order expected)")
    times = []
    for i, a in enumerate(arts, 1):
        if a["id"] != f"story-{i:03d}":
            err(f"{a['id']}: expected story-{i:03d}")
        if a["url"] != f"https://stories.example/{a['id']}":
            err(f"{a['id']}: url {a['url']}")
        try:
            t = datetime.strptime(a["publishedAt"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        except ValueError:
            err(f"{a['id']}: publishedAt {a['publishedAt']!r}")
            continue
        if not (START <= a["publishedAt"][:10] <= END):
            err(f"{a['id']}: {a['publishedAt']} outside {START}..{END}")
        if times and t < times[-1]:
            err(f"{a['id']}: not in publishedAt order")
        times.append(t)
        paras = a["body"].split("\n\n")
        words = len(a["body"].split())
        if not 2 <= len(paras) <= 5:
            err(f"{a['id']}: {len(paras)} paragraphs")
        if not 120 <= words <= 300:
            err(f"{a['id']}: {words} words")
        if any(not p.strip() or "\n" in p for p in paras):
            err(f"{a['id']}: empty paragraph or stray newline")
    if not 72 <= len(arts) <= 80:
        warn(f"{len(arts)} articles (72-80 wanted)")

    by_id = {a["id"]: a for a in arts}
    lab = {l["id"]: l for l in labels}
    pos = {aid: i for i, aid in enumerate(ids)}
    stories = defaultdict(list)
    for l in labels:
        if set(l) != {"id", "story", "duplicateOf", "relatedTopics"}:
            err(f"{l['id']}: label fields {sorted(l)}")
        if l["story"] is not None:
            stories[l["story"]].append(l["id"])
    dups = []
    for l in labels:
        d = l["duplicateOf"]
        if d is None:
            continue
        if d not in pos or pos[d] >= pos[l["id"]]:
            err(f"{l['id']}: duplicateOf {d} is not an earlier article")
        elif lab[d]["story"] is None or lab[d]["story"] != l["story"]:
            err(f"{l['id']}: duplicateOf {d} is not in the same story")
        elif lab[d]["duplicateOf"] is not None:
            err(f"{l['id']}: duplicateOf {d}, itself a duplicate")
        else:
            dups.append((l["id"], d))
    for l in labels:
        a = by_id[l["id"]]
        text = a["headline"] + "\n" + a["body"]
        if not isinstance(l["relatedTopics"], list) or len(l["relatedTopics"]) > 3:
            err(f"{l['id']}: relatedTopics must be a list of at most 3")
            continue
        earlier = [by_id[x] for x in stories.get(l["story"], []) if pos[x] < pos[l["id"]]]
        for t in l["relatedTopics"]:
            if mentions(text, t):
                err(f"{l['id']}: related topic {t!r} is named in the article")
            if not any(mentions(e["headline"] + "\n" + e["body"], t) for e in earlier):
                warn(f"{l['id']}: related topic {t!r} not found in an earlier article of its story")

    # report
    n_story = sum(len(v) for v in stories.values())
    singles = [l["id"] for l in labels if l["story"] is None]
    print(f"articles {len(arts)}, stories {len(stories)} ({n_story} articles), standalone {len(singles)}, "
          f"duplicates {len(dups)}")
    print(f"span {arts[0]['publishedAt']} .. {arts[-1]['publishedAt']}")
    wc = [len(a["body"].split()) for a in arts]
    print(f"body words min {min(wc)}, mean {sum(wc) / len(wc):.0f}, max {max(wc)}")
    print("sources", dict(Counter(a["source"] for a in arts)))
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in stories.values())
    print(f"gold related pairs {pairs}; with related topics {sum(1 for l in labels if l['relatedTopics'])} "
          f"articles, {sum(len(l['relatedTopics']) for l in labels)} topics")
    print("story sizes and largest gap between consecutive articles:")
    for s, members in sorted(stories.items()):
        ts = [times[pos[m]] for m in members]
        gap = max((b - a).total_seconds() / 86400 for a, b in zip(ts, ts[1:])) if len(ts) > 1 else 0
        print(f"  {s:38s} {len(members)}  gap {gap:4.1f} d  {' '.join(members)}")
        if not 3 <= len(members) <= 7:
            warn(f"{s}: {len(members)} articles (3-7 wanted)")
    print("standalone:", " ".join(singles))
    print("duplicates (word 5-gram Jaccard with the original):")
    for d, o in dups:
        print(f"  {d} -> {o}  {jaccard(by_id[d]['body'], by_id[o]['body']):.2f}")
    best = []
    for i, a in enumerate(arts):
        for b in arts[:i]:
            if (a["id"], b["id"]) in dups:
                continue
            j = jaccard(a["body"], b["body"])
            if j >= 0.2:
                best.append((j, a["id"], b["id"]))
    if best:
        print("other pairs with 5-gram Jaccard >= 0.2 (not duplicates):")
        for j, x, y in sorted(best, reverse=True):
            print(f"  {x} ~ {y}  {j:.2f}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
