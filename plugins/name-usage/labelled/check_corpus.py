#!/usr/bin/env python3
"""Structure checker for the labelled name-usage corpus (stdlib only).

Usage:
  python3 check_corpus.py            check tuning.jsonl + holdout.jsonl (or interactions.jsonl before the split)
  python3 check_corpus.py --split    split interactions.jsonl (or the union of the two split files) into
                                     tuning.jsonl / holdout.jsonl, remove interactions.jsonl, then check

Exits non-zero when a problem is found.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALL = os.path.join(HERE, "interactions.jsonl")
TUNING = os.path.join(HERE, "tuning.jsonl")
HOLDOUT = os.path.join(HERE, "holdout.jsonl")

CASES = [
    "plain", "given", "preferred", "title-family", "title-given", "family-only", "full-name",
    "possessive", "honorific-suffix", "other-script", "nickname", "diacritics", "nfd",
    "german-translit", "apostrophe", "hyphen", "asr-lowercase", "word-name", "place-or-brand",
    "substring-trap", "customer-says-own-name", "agent-self-intro", "same-name-agent",
    "third-party-same-name", "wrong-name", "reference-in-hearing", "no-name",
]
EASY = {"plain", "given", "no-name"}
CHANNELS = {"front-desk", "phone", "chat", "email", "other"}
SPEAKERS = {"agent", "customer", "other"}
ASR_PUNCT = re.compile(r"[.,;:!?¿¡'\u2019\"\-()]")
MIN_TOTAL = 300
HOLDOUT_EVERY = 5  # one in five


def nfc(s):
    return unicodedata.normalize("NFC", s)


def load(path, problems):
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{os.path.basename(path)}:{n}: bad JSON ({e})")
    return items


def stratum(item):
    return (bool(item["used"]), item["cases"][0])


def split(items):
    """Deterministic stratified split: sort by (used, main case tag, sha256(id)) and send every
    fifth item, starting with the first, to the holdout."""
    order = sorted(items, key=lambda it: (stratum(it), hashlib.sha256(it["id"].encode()).hexdigest()))
    holdout_ids = {it["id"] for i, it in enumerate(order) if i % HOLDOUT_EVERY == 0}
    return holdout_ids


def check_item(it, problems):
    where = it.get("id", "?")
    p = lambda msg: problems.append(f"{where}: {msg}")
    for key, typ in (("id", str), ("customer", dict), ("agent", dict), ("channel", str),
                     ("utterances", list), ("used", bool), ("forms", list), ("cases", list), ("asr", bool)):
        if not isinstance(it.get(key), typ):
            p(f"field {key!r} missing or not {typ.__name__}")
            return
    if not re.fullmatch(r"n\d{4}", it["id"]):
        p("id must look like n0001")
    cust = it["customer"]
    if not isinstance(cust.get("name"), str) or not cust["name"].strip():
        p("customer.name missing")
    for k in ("preferred", "title"):
        if k not in cust or not (cust[k] is None or (isinstance(cust[k], str) and cust[k].strip())):
            p(f"customer.{k} must be a non-empty string or null")
    if not isinstance(it["agent"].get("name"), str) or not it["agent"]["name"].strip():
        p("agent.name missing")
    if it["channel"] not in CHANNELS:
        p(f"unknown channel {it['channel']!r}")
    utts = it["utterances"]
    if not 2 <= len(utts) <= 12:
        p(f"{len(utts)} utterances (want 2-12)")
    for u in utts:
        if not isinstance(u, dict) or u.get("speaker") not in SPEAKERS or not isinstance(u.get("text"), str) or not u["text"].strip():
            p(f"bad utterance {u!r}")
            return
    agent_texts = [nfc(u["text"]) for u in utts if u["speaker"] == "agent"]
    if not agent_texts:
        p("no agent utterance")
    if it["used"] != (len(it["forms"]) > 0):
        p("used must equal len(forms) > 0")
    for f in it["forms"]:
        if not isinstance(f, str) or not f.strip():
            p(f"bad form {f!r}")
        elif not any(nfc(f) in t for t in agent_texts):
            p(f"form {f!r} is not a substring of any agent utterance")
    if len(set(nfc(f) for f in it["forms"])) != len(it["forms"]):
        p("duplicate forms")
    if not it["cases"]:
        p("cases empty")
    for c in it["cases"]:
        if c not in CASES:
            p(f"unknown case tag {c!r}")
    if len(set(it["cases"])) != len(it["cases"]):
        p("duplicate case tags")
    if it["asr"] != ("asr-lowercase" in it["cases"]):
        p("asr must be true exactly when cases has asr-lowercase")
    if it["asr"]:
        for u in utts:
            if u["text"] != u["text"].lower() or ASR_PUNCT.search(u["text"]):
                p(f"ASR text not lower case without punctuation: {u['text']!r}")
    if "nfd" in it["cases"] and not any(u["text"] != nfc(u["text"]) for u in utts):
        p("tagged nfd but no utterance is in decomposed form")
    if "no-name" in it["cases"] and it["used"]:
        p("no-name item marked used")
    if "note" in it and not isinstance(it["note"], str):
        p("note must be a string")


def main(argv):
    problems = []
    do_split = "--split" in argv
    have_split = os.path.exists(TUNING) or os.path.exists(HOLDOUT)
    if have_split:
        tuning = load(TUNING, problems) if os.path.exists(TUNING) else []
        holdout = load(HOLDOUT, problems) if os.path.exists(HOLDOUT) else []
        if not os.path.exists(TUNING) or not os.path.exists(HOLDOUT):
            problems.append("only one of tuning.jsonl / holdout.jsonl exists")
        if os.path.exists(ALL):
            problems.append("interactions.jsonl exists next to the split files; run --split or remove it")
        items = tuning + holdout
    elif os.path.exists(ALL):
        items = load(ALL, problems)
        tuning, holdout = items, []
    else:
        print("no corpus files found", file=sys.stderr)
        return 2

    for it in items:
        check_item(it, problems)
    ids = [it.get("id") for it in items]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        problems.append(f"duplicate ids: {dup[:10]}")

    if do_split and not problems:
        hold = split(items)
        srt = sorted(items, key=lambda it: it["id"])
        with open(TUNING, "w", encoding="utf-8") as t, open(HOLDOUT, "w", encoding="utf-8") as h:
            for it in srt:
                (h if it["id"] in hold else t).write(json.dumps(it, ensure_ascii=False) + "\n")
        if os.path.exists(ALL):
            os.remove(ALL)
        print(f"split written: {len(hold)} holdout, {len(items) - len(hold)} tuning")
        return main([a for a in argv if a != "--split"])

    n = len(items)
    used = sum(it["used"] for it in items if isinstance(it.get("used"), bool))
    asr = sum(1 for it in items if it.get("asr") is True)
    hard = sum(1 for it in items if set(it.get("cases", [])) - EASY)
    traps = [it for it in items if {"word-name", "place-or-brand"} & set(it.get("cases", []))]
    if n < MIN_TOTAL:
        problems.append(f"only {n} interactions (want >= {MIN_TOTAL})")
    if hard * 2 < n:
        problems.append(f"only {hard} hard cases (want >= half of {n})")
    if n and not 0.50 <= used / n <= 0.65:
        problems.append(f"used share {used / n:.1%} outside 50-65%")
    if n and asr / n < 0.20:
        problems.append(f"ASR share {asr / n:.1%} below 20%")
    if len(traps) < 40 or not any(it["used"] for it in traps) or all(it["used"] for it in traps):
        problems.append("need >= 40 word-name/place-or-brand items, both used and not used")

    if have_split and tuning and holdout:
        tids = {it["id"] for it in tuning}
        hids = {it["id"] for it in holdout}
        if tids & hids:
            problems.append(f"ids in both splits: {sorted(tids & hids)[:10]}")
        want = -(-n // HOLDOUT_EVERY)
        if abs(len(holdout) - want) > 2:
            problems.append(f"holdout has {len(holdout)} items, expected about {want}")
        h_used = sum(it["used"] for it in holdout) / len(holdout)
        if abs(h_used - used / n) > 0.05:
            problems.append(f"holdout used share {h_used:.1%} differs from overall {used / n:.1%}")
        if hids != split(items):
            problems.append("holdout is not the deterministic stratified split of the corpus (run --split)")

    # report
    print(f"interactions: {n}  used: {used} ({used / max(n, 1):.1%})  not used: {n - used}  "
          f"asr: {asr} ({asr / max(n, 1):.1%})  hard: {hard} ({hard / max(n, 1):.1%})  "
          f"word/place traps: {len(traps)} (used {sum(it['used'] for it in traps)})")
    for name, part in (("tuning", tuning), ("holdout", holdout)):
        if part:
            pu = sum(it["used"] for it in part)
            pa = sum(it["asr"] for it in part)
            print(f"split {name}: {len(part)}  used {pu} ({pu / len(part):.1%})  asr {pa}")
    tcount = Counter(c for it in tuning for c in it.get("cases", []))
    hcount = Counter(c for it in holdout for c in it.get("cases", []))
    print(f"{'case tag':24} {'all':>5} {'used':>5} {'tuning':>7} {'holdout':>8}")
    for c in CASES:
        tot = tcount[c] + hcount[c]
        u = sum(1 for it in items if c in it.get("cases", []) and it.get("used"))
        print(f"{c:24} {tot:5} {u:5} {tcount[c]:7} {hcount[c]:8}")
    chan = Counter(it.get("channel") for it in items)
    print("channels:", ", ".join(f"{k} {v}" for k, v in sorted(chan.items())))

    if problems:
        for pr in problems:
            print("PROBLEM:", pr, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
