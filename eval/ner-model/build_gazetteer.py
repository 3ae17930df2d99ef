#!/usr/bin/env python3
"""Builds the gazetteer file the newswire CoNLL CRF is trained with (one entry a line: CLASS word word ...).

Sources, all inside CoreNLP 4.5.10's model jars in the local Maven repository:
  - kbp/english/gazetteers/regexner_caseless.tab and regexner_cased.tab (models jar): countries, states,
    cities, nationalities, religions and ideologies, job titles;
  - kbp/english/wikidict.tab.gz (models-english-kbp jar): surfaces of sports clubs and national teams
    (titles with F.C., Football Club, Cricket Club, national ... team, R.F.C., Rugby Club).
Usage: build_gazetteer.py OUT_FILE
"""
import gzip, io, os, re, sys, zipfile

M2 = os.path.expanduser("~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10")
CLASSES = {"COUNTRY": "G_COUNTRY", "STATE_OR_PROVINCE": "G_STATE", "CITY": "G_CITY", "NATIONALITY": "G_NAT",
           "RELIGION": "G_RELIG", "IDEOLOGY": "G_RELIG", "TITLE": "G_TITLE"}
REGEX_CHARS = re.compile(r"[\[\]\\()*+?|{}^$]")
TEAM_TITLE = re.compile(r"(F\.C\.|_FC\b|FC_|A\.F\.C\.|Football_Club|football_club|Cricket_Club|national_[a-z_]*team|"
                        r"R\.F\.C\.|RFC|Rugby_Club|Rugby_Football_Club)")
# the first cut the model was trained with; a title must match both
TEAM_CANDIDATE = re.compile(r"(F\.C\.|_FC|A\.F\.C\.|football_club|Football_Club|Cricket_Club|national_[a-z_]*team|_RFC|"
                            r"R\.F\.C\.|Rugby_Club|_Rugby|_\((ice_hockey|baseball|basketball|football|American_football|soccer)\))")
BAD_SURFACE = re.compile(r'[:()\[\]?"]|Wikipedia|http')


def main(out_path):
    seen, out = set(), open(out_path, "w", encoding="utf-8")

    def emit(cls, phrase):
        words = phrase.split()
        if words and len(words) <= 5 and (cls, " ".join(words)) not in seen:
            seen.add((cls, " ".join(words)))
            out.write(cls + " " + " ".join(words) + "\n")

    with zipfile.ZipFile(f"{M2}/stanford-corenlp-4.5.10-models.jar") as jar:
        for name, caseless in (("regexner_caseless.tab", True), ("regexner_cased.tab", False)):
            data = jar.read("edu/stanford/nlp/models/kbp/english/gazetteers/" + name).decode("utf-8")
            for line in data.splitlines():
                parts = line.split("\t")
                if len(parts) < 2 or parts[1] not in CLASSES or REGEX_CHARS.search(parts[0]):
                    continue
                phrase = parts[0]
                if caseless and parts[1] != "TITLE":
                    phrase = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
                emit(CLASSES[parts[1]], phrase)
    with zipfile.ZipFile(f"{M2}/stanford-corenlp-4.5.10-models-english-kbp.jar") as jar:
        with gzip.open(jar.open("edu/stanford/nlp/models/kbp/english/wikidict.tab.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3 or not ("A" <= parts[0][:1] <= "Z") or len(parts[0].encode("utf-8")) >= 40:  # bytes, as the first cut counted
                    continue
                try:
                    score = float(parts[2])
                except ValueError:
                    continue
                if (score >= 0.3 and TEAM_CANDIDATE.search(parts[1]) and TEAM_TITLE.search(parts[1])
                        and not BAD_SURFACE.search(parts[0])):
                    emit("G_TEAM", parts[0])
    out.close()
    print(f"{len(seen)} gazetteer entries -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1])
