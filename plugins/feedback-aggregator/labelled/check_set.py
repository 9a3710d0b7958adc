#!/usr/bin/env python3
"""Structure and coverage checker for the feedback-aggregator labelled set.

Reads tuning.jsonl + holdout.jsonl (after the split) or comments.jsonl
(before it), checks every record, prints counts per theme x polarity,
per case, per source and per split, and exits non-zero on any problem.

Standard library only.  Usage:  python3 check_set.py [directory]
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

THEMES = (
    "waiting-time",
    "staff-attitude",
    "knowledge",
    "cleanliness",
    "price",
    "product-quality",
    "communication",
)
POLARITIES = ("positive", "negative")
SOURCES = ("comment-card", "survey", "focus-group", "employee")
CASES = (
    "plain",
    "negation",
    "implicit",
    "misspelling",
    "slang",
    "mixed-polarity",
    "keyword-trap",
    "sarcasm",
    "long",
    "brief",
    "no-theme",
    "other-language-mix",
    "emoji",
)
REQUIRED = ("id", "source", "comment", "themes", "cases", "note")
ID_RE = re.compile(r"^f\d{4}$")

# Coverage minimums over the whole set (tuning + holdout).
MIN_TOTAL = 240
MIN_PER_THEME = 30
MIN_PER_THEME_POLARITY = 10
MIN_CASES = {
    "negation": 25,
    "implicit": 25,
    "keyword-trap": 25,
    "sarcasm": 25,
    "mixed-polarity": 25,
    "long": 20,
    "brief": 30,
    "no-theme": 25,
}
MIN_MISSPELLING_OR_SLANG = 20
MAX_SAME_THEME_CONFLICTS = 9  # mixed-polarity items whose tags are all one polarity
HOLDOUT_FRACTION = (0.15, 0.25)
BRIEF_MAX_WORDS = 6
LONG_MIN_SENTENCES = 4


class DuplicateKey(ValueError):
    pass


def _no_dup_pairs(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def load(path, problems):
    records = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                problems.append(f"{path.name}:{lineno}: blank line")
                continue
            try:
                rec = json.loads(line, object_pairs_hook=_no_dup_pairs)
            except (ValueError, DuplicateKey) as exc:
                problems.append(f"{path.name}:{lineno}: bad JSON: {exc}")
                continue
            records.append((f"{path.name}:{lineno}", rec))
    return records


def sentence_count(text):
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


def check_record(where, rec, problems):
    if not isinstance(rec, dict):
        problems.append(f"{where}: record is not an object")
        return False
    ok = True
    for field in REQUIRED:
        if field not in rec:
            problems.append(f"{where}: missing field {field!r}")
            ok = False
    extra = set(rec) - set(REQUIRED)
    if extra:
        problems.append(f"{where}: unexpected fields {sorted(extra)}")
    if not ok:
        return False
    rid = rec["id"]
    if not isinstance(rid, str) or not ID_RE.match(rid):
        problems.append(f"{where}: bad id {rid!r}")
    if rec["source"] not in SOURCES:
        problems.append(f"{where} {rid}: bad source {rec['source']!r}")
    comment = rec["comment"]
    if not isinstance(comment, str) or not comment.strip():
        problems.append(f"{where} {rid}: empty comment")
        return False
    if not isinstance(rec["note"], str):
        problems.append(f"{where} {rid}: note must be a string")
    themes = rec["themes"]
    if not isinstance(themes, dict):
        problems.append(f"{where} {rid}: themes must be an object")
        return False
    for theme, pol in themes.items():
        if theme not in THEMES:
            problems.append(f"{where} {rid}: bad theme {theme!r}")
        if pol not in POLARITIES:
            problems.append(f"{where} {rid}: bad polarity {pol!r} for {theme}")
    cases = rec["cases"]
    if not isinstance(cases, list) or not cases:
        problems.append(f"{where} {rid}: cases must be a non-empty list")
        return False
    for case in cases:
        if case not in CASES:
            problems.append(f"{where} {rid}: bad case {case!r}")
    if len(set(cases)) != len(cases):
        problems.append(f"{where} {rid}: repeated case tag")
    if "plain" in cases and len(cases) > 1:
        problems.append(f"{where} {rid}: 'plain' must be the only case tag")
    # no-theme <=> no tags
    if ("no-theme" in cases) != (len(themes) == 0):
        problems.append(f"{where} {rid}: 'no-theme' case and empty themes must go together")
    # mixed polarity: both polarities present, or a same-theme conflict explained in note
    if "mixed-polarity" in cases:
        pols = set(themes.values())
        if pols != set(POLARITIES) and not rec["note"].strip():
            problems.append(f"{where} {rid}: mixed-polarity with one polarity needs a note")
    elif len(set(themes.values())) == 2:
        problems.append(f"{where} {rid}: both polarities present but not tagged mixed-polarity")
    if "brief" in cases and len(comment.split()) > BRIEF_MAX_WORDS:
        problems.append(f"{where} {rid}: brief comment has more than {BRIEF_MAX_WORDS} words")
    if "long" in cases:
        if sentence_count(comment) < LONG_MIN_SENTENCES:
            problems.append(f"{where} {rid}: long comment has fewer than {LONG_MIN_SENTENCES} sentences")
        if len(themes) < 2:
            problems.append(f"{where} {rid}: long comment should touch several themes")
    return True


def table(title, rows, cols):
    print(f"\n{title}")
    width = max([len(r) for r, _ in rows] + [10])
    print("  " + "".ljust(width) + "".join(c.rjust(10) for c in cols))
    for name, values in rows:
        print("  " + name.ljust(width) + "".join(str(v).rjust(10) for v in values))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    base = Path(argv[0]) if argv else Path(__file__).resolve().parent
    problems = []
    split_files = {"tuning": base / "tuning.jsonl", "holdout": base / "holdout.jsonl"}
    combined = base / "comments.jsonl"
    if all(p.exists() for p in split_files.values()):
        if combined.exists():
            problems.append("comments.jsonl still present next to tuning/holdout (stale)")
        sources = split_files
    elif combined.exists() and not any(p.exists() for p in split_files.values()):
        sources = {"all": combined}
    else:
        print("PROBLEM: need tuning.jsonl + holdout.jsonl (or comments.jsonl before the split)")
        return 1

    records = []  # (split, rec)
    for split, path in sources.items():
        for where, rec in load(path, problems):
            if check_record(where, rec, problems):
                records.append((split, rec))

    ids = Counter(r["id"] for _, r in records)
    for rid, n in ids.items():
        if n > 1:
            problems.append(f"id {rid} appears {n} times")
    texts = Counter(" ".join(r["comment"].lower().split()) for _, r in records)
    for text, n in texts.items():
        if n > 1:
            problems.append(f"comment text duplicated {n} times: {text[:60]!r}")

    splits = list(sources)
    cols = splits + (["total"] if len(splits) > 1 else [])

    def per_split(pred):
        vals = [sum(1 for s, r in records if s == sp and pred(r)) for sp in splits]
        return vals + ([sum(vals)] if len(splits) > 1 else [])

    print(f"records: {len(records)} (" + ", ".join(
        f"{sp}={sum(1 for s, _ in records if s == sp)}" for sp in splits) + ")")

    rows = []
    for theme in THEMES:
        for pol in POLARITIES:
            rows.append((f"{theme}:{pol}", per_split(lambda r, t=theme, p=pol: r["themes"].get(t) == p)))
        rows.append((f"{theme}:all", per_split(lambda r, t=theme: t in r["themes"])))
    rows.append(("(tags total)", [sum(v) for v in zip(*[
        per_split(lambda r, t=t: t in r["themes"]) for t in THEMES])]))
    table("theme x polarity", rows, cols)
    table("cases", [(c, per_split(lambda r, c=c: c in r["cases"])) for c in CASES], cols)
    table("sources", [(s, per_split(lambda r, s=s: r["source"] == s)) for s in SOURCES], cols)

    # coverage over the whole set
    allrecs = [r for _, r in records]
    if len(allrecs) < MIN_TOTAL:
        problems.append(f"only {len(allrecs)} comments (need >= {MIN_TOTAL})")
    for theme in THEMES:
        n = sum(1 for r in allrecs if theme in r["themes"])
        if n < MIN_PER_THEME:
            problems.append(f"theme {theme}: {n} tags (need >= {MIN_PER_THEME})")
        for pol in POLARITIES:
            n = sum(1 for r in allrecs if r["themes"].get(theme) == pol)
            if n < MIN_PER_THEME_POLARITY:
                problems.append(f"theme {theme}:{pol}: {n} (need >= {MIN_PER_THEME_POLARITY})")
    for case, need in MIN_CASES.items():
        n = sum(1 for r in allrecs if case in r["cases"])
        if n < need:
            problems.append(f"case {case}: {n} (need >= {need})")
    n = sum(1 for r in allrecs if {"misspelling", "slang"} & set(r["cases"]))
    print(f"\nmisspelling or slang: {n}")
    if n < MIN_MISSPELLING_OR_SLANG:
        problems.append(f"misspelling/slang: {n} (need >= {MIN_MISSPELLING_OR_SLANG})")
    conflicts = [r["id"] for r in allrecs
                 if "mixed-polarity" in r["cases"] and len(set(r["themes"].values())) < 2]
    print(f"\nsame-theme conflicts (net label, see note): {len(conflicts)} {conflicts}")
    if len(conflicts) > MAX_SAME_THEME_CONFLICTS:
        problems.append(f"{len(conflicts)} same-theme conflicts (keep <= {MAX_SAME_THEME_CONFLICTS})")

    # split sanity: holdout is about a fifth and covers every stratum
    if "holdout" in sources:
        hold = [r for s, r in records if s == "holdout"]
        frac = len(hold) / max(1, len(allrecs))
        print(f"holdout fraction: {frac:.3f}")
        if not HOLDOUT_FRACTION[0] <= frac <= HOLDOUT_FRACTION[1]:
            problems.append(f"holdout fraction {frac:.3f} outside {HOLDOUT_FRACTION}")
        for theme in THEMES:
            for pol in POLARITIES:
                if not any(r["themes"].get(theme) == pol for r in hold):
                    problems.append(f"holdout has no {theme}:{pol}")
        for case in CASES:
            if any(case in r["cases"] for r in allrecs) and not any(case in r["cases"] for r in hold):
                problems.append(f"holdout has no case {case}")

    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
