#!/usr/bin/env python3
"""Deterministic stratified split of the labelled set into tuning / holdout.

Reads comments.jsonl (first run) or tuning.jsonl + holdout.jsonl (re-run;
the result is identical because the split depends only on the records),
writes tuning.jsonl and holdout.jsonl sorted by id, and removes
comments.jsonl.

Stratification is iterative (Sechidis et al., 2011) over each record's
label set: its case tags, its theme:polarity tags and 'no-theme'.  The
rarest label is placed first; within a label, records are taken in id
order and each goes to the split that still wants most of that label
(ties: the split that wants most records overall, then tuning).  The
holdout is then trimmed to exactly round(N/5) records by moving back the
records whose move best restores the per-label proportions.  No
randomness, so the split is reproducible.  Standard library only.
"""
import json
import sys
from pathlib import Path

HOLDOUT_SHARE = 0.2


def labels(rec):
    out = {"case:" + c for c in rec["cases"]}
    out |= {f"theme:{t}:{p}" for t, p in rec["themes"].items()}
    if not rec["themes"]:
        out.add("theme:none")
    return out


def split(records):
    shares = {"holdout": HOLDOUT_SHARE, "tuning": 1 - HOLDOUT_SHARE}
    recs = sorted(records, key=lambda r: r["id"])
    lab = {r["id"]: labels(r) for r in recs}
    all_labels = sorted(set().union(*lab.values()))
    want = {s: {l: sum(l in lab[r["id"]] for r in recs) * sh for l in all_labels}
            for s, sh in shares.items()}
    want_total = {s: len(recs) * sh for s, sh in shares.items()}
    assigned = {}
    remaining = list(recs)
    while remaining:
        counts = {l: sum(l in lab[r["id"]] for r in remaining) for l in all_labels}
        label = min((l for l in all_labels if counts[l]), key=lambda l: (counts[l], l))
        for r in [r for r in remaining if label in lab[r["id"]]]:
            order = ("holdout", "tuning")
            best = max(order, key=lambda s: (want[s][label], want_total[s], s == "tuning"))
            assigned[r["id"]] = best
            for l in lab[r["id"]]:
                want[best][l] -= 1
            want_total[best] -= 1
        remaining = [r for r in remaining if r["id"] not in assigned]

    # Trim (or top up) the holdout to exactly round(N * share): move the
    # record whose move most reduces the squared deviation of per-label
    # holdout counts from their targets; ties broken by id.
    target = round(len(recs) * HOLDOUT_SHARE)
    total = {l: sum(l in lab[r["id"]] for r in recs) for l in all_labels}

    def hold_count(l):
        return sum(1 for r in recs if assigned[r["id"]] == "holdout" and l in lab[r["id"]])

    while True:
        n_hold = sum(1 for v in assigned.values() if v == "holdout")
        if n_hold == target:
            break
        src, dst, step = ("holdout", "tuning", -1) if n_hold > target else ("tuning", "holdout", 1)
        hc = {l: hold_count(l) for l in all_labels}

        def gain(r):
            g = 0.0
            for l in lab[r["id"]]:
                aim = total[l] * HOLDOUT_SHARE
                g += (hc[l] + step - aim) ** 2 - (hc[l] - aim) ** 2
            return g

        cands = [r for r in recs if assigned[r["id"]] == src]
        pick = min(cands, key=lambda r: (gain(r), r["id"]))
        assigned[pick["id"]] = dst
    return {s: [r for r in recs if assigned[r["id"]] == s] for s in shares}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    base = Path(argv[0]) if argv else Path(__file__).resolve().parent
    combined = base / "comments.jsonl"
    files = [combined] if combined.exists() else [base / "tuning.jsonl", base / "holdout.jsonl"]
    records = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    parts = split(records)
    for name, recs in parts.items():
        with open(base / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"{name}: {len(recs)}")
    if combined.exists():
        combined.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
