#!/usr/bin/env python3
"""How far two labellers of the same comments agree, in the figures the tagger is measured by.

Reads a labelled file (the first labeller's) and a file of the same ids labelled again, blind, by
a second labeller from the same rules ({"id", "themes"} a line), and prints the second labeller's
micro precision and recall of (comment, theme) tags against the first, and polarity agreement on
the tags both gave, with the tags each theme gained and lost. Exits 1 when the ids differ.

Standard library only.  Usage:  python3 agreement.py FIRST.jsonl SECOND.jsonl
"""
import json
import sys
from collections import Counter


def themes_by_id(path):
    """Each id's themes; blank lines are skipped, and an id given twice is refused (exit 1)."""
    themes = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record["id"] in themes:
                sys.exit(f"{path}:{number}: id {record['id']} is given twice")
            themes[record["id"]] = record["themes"]
    return themes


def agreement(first, second):
    """(shared, only_first, only_second, same_polarity, differences) over the ids of `first`."""
    shared = only_first = only_second = same = 0
    differences = Counter()
    for id, gold in first.items():
        other = second[id]
        for theme, polarity in other.items():
            if theme in gold:
                shared += 1
                same += polarity == gold[theme]
                if polarity != gold[theme]:
                    differences["polarity " + theme] += 1
            else:
                only_second += 1
                differences["added " + theme] += 1
        for theme in gold:
            if theme not in other:
                only_first += 1
                differences["left out " + theme] += 1
    return shared, only_first, only_second, same, differences


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    first, second = themes_by_id(argv[1]), themes_by_id(argv[2])
    if set(first) != set(second):
        missing, extra = sorted(set(first) - set(second)), sorted(set(second) - set(first))
        print(f"ids differ: {len(missing)} only in {argv[1]} {missing[:5]}, {len(extra)} only in {argv[2]} {extra[:5]}")
        return 1
    shared, only_first, only_second, same, differences = agreement(first, second)
    precision = shared / (shared + only_second) if shared + only_second else 1.0
    recall = shared / (shared + only_first) if shared + only_first else 1.0
    polarity = same / shared if shared else 1.0
    print(f"{len(first)} comments; tags: {shared + only_first} first, {shared + only_second} second, {shared} both")
    print(f"second against first: precision {precision:.3f}  recall {recall:.3f}  polarity agreement {polarity:.3f}")
    for difference, count in sorted(differences.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {difference}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
