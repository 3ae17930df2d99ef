#!/usr/bin/env python3
"""Builds articles.jsonl from articles.annotated.txt (see GUIDELINES.md for the markup).

Usage: python3 eval/devset/build_devset.py [--titles FILE]
  --titles FILE  optional list of known Wikipedia titles, one a line: kbIds not in it are reported
                 (a typo check only; the file is never the authority for gold).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "articles.annotated.txt"
TARGET = HERE / "articles.jsonl"
TYPES = {"P": "PERSON", "O": "ORGANIZATION", "L": "LOCATION", "M": "MISC"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([POLM])\|([^\[\]|]+)\]\]")


def strip_markup(line):
    """Returns (plain text, [(start, end, text, type, kbId)]) for one annotated field."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        surface, code, kb = m.group(1), m.group(2), m.group(3)
        if kb == "=":
            kb = surface.replace(" ", "_")
        elif kb == "-":
            kb = None
        if kb is not None and (" " in kb or not kb):
            raise ValueError(f"bad kbId {kb!r}")
        spans.append((length, length + len(surface), surface, TYPES[code], kb))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed markup in: {line}")
    return text, spans


def parse(path):
    articles, current = [], None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = {"id": line[3:].strip(), "H": None, "B": []}
            articles.append(current)
        elif line.startswith("H: "):
            current["H"] = line[3:]
        elif line.startswith("B: "):
            current["B"].append(line[3:])
        else:
            raise ValueError(f"{path}:{number}: unexpected line {line!r}")
    return articles


def build(article):
    headline, hspans = strip_markup(article["H"])
    paragraphs = [strip_markup(p) for p in article["B"]]
    body, bspans, offset = [], [], 0
    for text, spans in paragraphs:
        body.append(text)
        bspans += [(s + offset, e + offset, t, ty, kb) for s, e, t, ty, kb in spans]
        offset += len(text) + 1
    body = "\n".join(body)
    gold = []
    for field, text, spans in (("headline", headline, hspans), ("body", body, bspans)):
        for s, e, t, ty, kb in spans:
            assert text[s:e] == t
            gold.append({"field": field, "start": s, "end": e, "text": t, "type": ty, "kbId": kb})
    return {"id": article["id"], "headline": headline, "body": body, "gold": gold}


def warnings(record):
    """Unannotated repeats of annotated surfaces: likely missed mentions."""
    found = []
    for field in ("headline", "body"):
        text = record[field]
        covered = [(g["start"], g["end"]) for g in record["gold"] if g["field"] == field]
        for surface in {g["text"] for g in record["gold"]}:
            for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
                if not any(s <= m.start() < e for s, e in covered):
                    found.append(f"{record['id']} {field}: unannotated '{surface}' at {m.start()}")
    return found


def main(argv):
    titles = None
    if len(argv) == 3 and argv[1] == "--titles":
        titles = set(Path(argv[2]).read_text(encoding="utf-8").splitlines())
    records = [build(a) for a in parse(SOURCE)]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "repeated id"
    problems = []
    for r in records:
        words = len(r["body"].split())
        if not 80 <= words <= 200:
            problems.append(f"{r['id']}: body has {words} words")
        problems += warnings(r)
        if titles is not None:
            problems += [f"{r['id']}: kbId not in titles: {g['kbId']}" for g in r["gold"]
                         if g["kbId"] is not None and g["kbId"] not in titles]
    with TARGET.open("w", encoding="utf-8", newline="\n") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    mentions = sum(len(r["gold"]) for r in records)
    print(f"{len(records)} articles, {mentions} gold mentions -> {TARGET.name}")
    for p in sorted(set(problems)):
        print("WARN", p)


if __name__ == "__main__":
    main(sys.argv)
