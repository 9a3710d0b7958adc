#!/usr/bin/env python3
"""Independent checker for the promise-tracker labelled set.

Re-derives every labelled due instant from (due_phrase, said_at, location calendar) using
the due rules in README.md, and checks the structural rules of the files. It is a checker of
the labels, not a matcher: it only reads the phrase forms this set uses and fails loudly on
any other form.

    python3 check_due.py            # check tuning.jsonl + holdout.jsonl (+ calendars.yaml)
    python3 check_due.py --presplit # check promises.jsonl before it is split
    python3 check_due.py --split    # split promises.jsonl into tuning/holdout, then check

Exit status is non-zero on any mismatch. Standard library + PyYAML only.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CALENDARS = os.path.join(HERE, "calendars.yaml")
PROMISES = os.path.join(HERE, "promises.jsonl")
TUNING = os.path.join(HERE, "tuning.jsonl")
HOLDOUT = os.path.join(HERE, "holdout.jsonl")

KINDS = ["commitment", "question", "conditional", "refusal", "past", "customer-plan",
         "policy", "hedge", "information", "third-party"]
KEYS = {"id", "location", "said_at", "text", "commitment", "kind", "due_phrase", "due",
        "due_unreadable", "asr"}
OPTIONAL_KEYS = {"note"}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
SPLIT_SALT = "promise-tracker-holdout-v1:"
MIN_ITEMS = 240
MIN_PER_NONCOMMIT_KIND = 10
MIN_ASR_SHARE = 0.25


class Unreadable(Exception):
    """The phrase is deadline words the rules cannot read (due null, due_unreadable true)."""


class NotLabelled(Exception):
    """A phrase form or situation this label set deliberately avoids."""


# ----------------------------------------------------------------------------- calendar

def _parse_hhmm(s):
    h, m = s.split(":")
    h, m = int(h), int(m)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(f"bad time {s!r}")
    return dt.time(h, m)


def _parse_spans(spans, where):
    if spans is None:
        return []
    if not isinstance(spans, list):
        raise ValueError(f"{where}: spans must be a list")
    out = []
    for s in spans:
        m = re.fullmatch(r"(\d\d:\d\d)-(\d\d:\d\d)", str(s))
        if not m:
            raise ValueError(f"{where}: bad span {s!r}")
        a, b = _parse_hhmm(m.group(1)), _parse_hhmm(m.group(2))
        if a == b:
            raise ValueError(f"{where}: empty span {s!r}")
        out.append((a, b))
    return sorted(out)


class Calendar:
    def __init__(self, name, cfg):
        self.name = name
        self.tz = ZoneInfo(cfg["time_zone"])
        self.hours = {}
        for k, v in (cfg.get("hours") or {}).items():
            k = str(k).lower()
            if k in WEEKDAY_FULL:
                k = WEEKDAYS[WEEKDAY_FULL.index(k)]
            if k not in WEEKDAYS:
                raise ValueError(f"{name}: bad weekday {k!r}")
            self.hours[k] = _parse_spans(v, f"{name}.hours.{k}")
        self.holidays = {dt.date.fromisoformat(str(d)) for d in (cfg.get("holidays") or [])}
        self.special = {dt.date.fromisoformat(str(d)): _parse_spans(v, f"{name}.special.{d}")
                        for d, v in (cfg.get("special_hours") or {}).items()}
        both = self.holidays & set(self.special)
        if both:
            raise ValueError(f"{name}: dates both holiday and special: {sorted(both)}")
        self.date_order = cfg.get("date_order")
        if self.date_order not in (None, "dmy", "mdy"):
            raise ValueError(f"{name}: bad date_order {self.date_order!r}")

    def spans(self, d):
        if d in self.special:
            return self.special[d]
        if d in self.holidays:
            return []
        return self.hours.get(WEEKDAYS[d.weekday()], [])

    def is_open(self, d):
        return bool(self.spans(d))

    def local(self, d, t):
        """Aware datetime for wall-clock time t on date d; refuses DST gaps and folds."""
        naive = dt.datetime.combine(d, t)
        a = naive.replace(tzinfo=self.tz, fold=0)
        b = naive.replace(tzinfo=self.tz, fold=1)
        if a.utcoffset() != b.utcoffset():
            raise NotLabelled(f"{self.name}: wall time {naive} is ambiguous or missing (DST)")
        return a

    def closing(self, d):
        spans = self.spans(d)
        if not spans:
            raise NotLabelled(f"{self.name}: {d} is closed, it has no closing time")
        start, end = spans[-1]  # the last span by start time
        end_date = d + dt.timedelta(days=1) if end <= start else d
        return self.local(end_date, end)

    def closing_or_before(self, d):
        """Closing of d; if d is closed, closing of the last opening day before it."""
        e = d
        for _ in range(400):
            if self.is_open(e):
                return self.closing(e)
            e -= dt.timedelta(days=1)
        raise NotLabelled(f"{self.name}: no opening day before {d}")


# ----------------------------------------------------------------------------- phrases

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
              "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
              "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}


def words_to_numbers(s):
    """'twenty four' -> '24', 'thirty first' -> '31th', '4th' -> '4th' (ordinals end in 'th')."""
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in _TENS:
            if nxt in _UNITS and 0 < _UNITS[nxt] < 10:
                out.append(str(_TENS[t] + _UNITS[nxt])); i += 2; continue
            if nxt in _ORD_UNITS and _ORD_UNITS[nxt] < 10:
                out.append(f"{_TENS[t] + _ORD_UNITS[nxt]}th"); i += 2; continue
            out.append(str(_TENS[t])); i += 1; continue
        if t in _UNITS:
            out.append(str(_UNITS[t])); i += 1; continue
        if t in _ORD_UNITS:
            out.append(f"{_ORD_UNITS[t]}th"); i += 1; continue
        if t in _ORD_TENS:
            out.append(f"{_ORD_TENS[t]}th"); i += 1; continue
        out.append(t); i += 1
    s = " ".join(out)
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1th", s)


def normalise(phrase):
    s = phrase.lower().strip()
    s = s.replace("-", " ")
    s = re.sub(r"[.,!?;:\"']", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return words_to_numbers(s)


VAGUE = {"sometime soon", "as soon as we can", "as soon as i can", "as soon as possible",
         "as quick as we can", "shortly", "in a bit", "in due course", "in a little while"}
TODAY_WORDS = {"today", "end of day", "the end of the day", "eod", "close",
               "close of business today", "later today", "before we close"}
TOMORROW_WORDS = {"tomorrow", "end of day tomorrow"}
TIME_RE = r"(?:(\d{1,2})(?::(\d\d))? ?(am|pm)|(noon|midday))"
MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


def _clock(m, first_group):
    h, mi, ap, word = (m.group(first_group + k) for k in range(4))
    if word:
        return dt.time(12, 0)
    h = int(h)
    mi = int(mi or 0)
    if not 1 <= h <= 12:
        raise NotLabelled(f"bad clock hour {h}")
    if ap == "am":
        h = 0 if h == 12 else h
    else:
        h = 12 if h == 12 else h + 12
    return dt.time(h, mi)


def _month(name):
    for i, m in enumerate(MONTHS):
        if m.startswith(name[:3]) and m.startswith(name):
            return i + 1
    raise NotLabelled(f"bad month {name!r}")


def _next_date(today, month, day):
    """The next month/day on or after today (a date without a year)."""
    for y in (today.year, today.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d >= today:
            return d
    raise NotLabelled(f"no date {month}/{day} after {today}")


def _next_day_of_month(today, day):
    y, m = today.year, today.month
    for _ in range(24):
        try:
            d = dt.date(y, m, day)
            if d >= today:
                return d
        except ValueError:
            pass
        m += 1
        if m == 13:
            y, m = y + 1, 1
    raise NotLabelled(f"no day {day} after {today}")


def compute_due(phrase, said_at, cal):
    """The due instant (aware, in the location's zone) for a deadline phrase.

    Raises Unreadable for words the rules cannot read and NotLabelled for forms this set
    does not use."""
    s = normalise(phrase)
    now = said_at.astimezone(cal.tz)
    today = now.date()
    one = dt.timedelta(days=1)

    if s in VAGUE:
        raise Unreadable(s)

    # today / end of day / EOD / by close / close of business today / later today / before we close
    core = s[3:] if s.startswith("by ") else s
    if core in TODAY_WORDS:
        if not cal.is_open(today):
            raise NotLabelled("'today' words on a closed day")
        return cal.closing(today)

    # tomorrow / end of day tomorrow
    if core in TOMORROW_WORDS:
        if not cal.is_open(today + one):
            raise NotLabelled("'tomorrow' when tomorrow is closed")
        return cal.closing(today + one)

    # tomorrow with a time of day: "tomorrow at 3pm", "by 10am tomorrow", "tomorrow before noon"
    m = re.fullmatch(r"(?:by |at )?tomorrow (?:at|by|before) " + TIME_RE, s)
    if m:
        return cal.local(today + one, _clock(m, 1))
    m = re.fullmatch(r"(?:by |at )?" + TIME_RE + r" tomorrow", s)
    if m:
        return cal.local(today + one, _clock(m, 1))

    # bare time of day: today at that time if still ahead, else tomorrow
    m = re.fullmatch(r"(?:by|before) " + TIME_RE, s)
    if m:
        t = _clock(m, 1)
        cand = cal.local(today, t)
        return cand if cand > now else cal.local(today + one, t)

    # elapsed time
    if s == "within the hour":
        return (said_at + dt.timedelta(hours=1)).astimezone(cal.tz)
    m = re.fullmatch(r"(?:in|within) (\d+|a|an) (minute|hour|day)s?", s)
    if m:
        n = 1 if m.group(1) in ("a", "an") else int(m.group(1))
        delta = {"minute": dt.timedelta(minutes=n), "hour": dt.timedelta(hours=n),
                 "day": dt.timedelta(days=n)}[m.group(2)]
        # real elapsed time: add in UTC
        return (said_at.astimezone(dt.timezone.utc) + delta).astimezone(cal.tz)

    # N business / working days: closing on the Nth opening day after today
    m = re.fullmatch(r"(?:in |within )?(\d+) (?:business|working) days?", s)
    if m:
        n = int(m.group(1))
        d, count = today, 0
        while count < n:
            d += one
            if cal.is_open(d):
                count += 1
        return cal.closing(d)

    # next week: closing on the last opening day of next week (Mon-Sun)
    if re.fullmatch(r"(?:by )?next week", s):
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
        for k in range(6, -1, -1):
            d = monday + dt.timedelta(days=k)
            if cal.is_open(d):
                return cal.closing(d)
        raise NotLabelled("next week has no opening day")

    # end of the week: closing on the last opening day of this week
    if re.fullmatch(r"(?:by )?(?:the )?end of (?:the|this) week", s):
        monday = today - dt.timedelta(days=today.weekday())
        for k in range(6, -1, -1):
            d = monday + dt.timedelta(days=k)
            if cal.is_open(d):
                due = cal.closing(d)
                if due <= now:
                    raise NotLabelled("end of the week already past")
                return due
        raise NotLabelled("this week has no opening day")

    # a weekday: that day at closing; on that weekday before closing it is today
    m = re.fullmatch(r"(?:by |on |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", s)
    if m:
        wd = WEEKDAY_FULL.index(m.group(1))
        if today.weekday() == wd and cal.is_open(today) and now < cal.closing(today):
            d = today
        else:
            d = today + dt.timedelta(days=(wd - today.weekday()) % 7 or 7)
        return cal.closing_or_before(d)

    # numeric date a/b: needs the location's date order
    m = re.fullmatch(r"(?:by |on )?(\d{1,2})/(\d{1,2})", s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if cal.date_order is None:
            raise Unreadable(f"{s} with no date order")
        day, month = (a, b) if cal.date_order == "dmy" else (b, a)
        return cal.closing_or_before(_next_date(today, month, day))

    # "16 January", "the 1st of January", "the fourth of january"
    m = re.fullmatch(r"(?:by |on )?(?:the )?(\d{1,2})(?:th)? (?:of )?" + MONTH_RE, s)
    if m:
        d = _next_date(today, _month(s.split()[-1]), int(m.group(1)))
        return cal.closing_or_before(d)
    # "Dec 3", "October 8", "january fourth"
    m = re.fullmatch(r"(?:by |on )?" + MONTH_RE + r" (?:the )?(\d{1,2})(?:th)?", s)
    if m:
        name = re.fullmatch(r"(?:by |on )?([a-z]+) .*", s).group(1)
        d = _next_date(today, _month(name), int(m.group(2)))
        return cal.closing_or_before(d)

    # bare day of the month: "on the 15th", "by the twenty sixth"
    m = re.fullmatch(r"(?:by |on )?the (\d{1,2})th", s)
    if m:
        return cal.closing_or_before(_next_day_of_month(today, int(m.group(1))))

    raise NotLabelled(f"phrase form not handled by the checker: {phrase!r} ({s!r})")


# ----------------------------------------------------------------------------- files

def load_calendars():
    with open(CALENDARS, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict) or set(doc) != {"locations"}:
        raise ValueError("calendars.yaml must have exactly one top-level key: locations")
    return {name: Calendar(name, cfg) for name, cfg in doc["locations"].items()}


def load_jsonl(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            rec["_src"] = f"{os.path.basename(path)}:{n}"
            items.append(rec)
    return items


def parse_instant(s):
    if not isinstance(s, str) or not re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)", s):
        raise ValueError(f"not RFC 3339: {s!r}")
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


ASR_FORBIDDEN = re.compile(r"[A-Z.,?!;:'\"/()\-]")


def stratum(rec):
    return (rec["kind"], rec["due_phrase"] is not None)


def split_key(rec):
    return hashlib.sha256((SPLIT_SALT + rec["id"]).encode()).hexdigest()


def holdout_ids(items):
    """Deterministic stratified fifth: per (kind, has-deadline) stratum, the round(n/5)
    items with the smallest sha256(salt + id)."""
    groups = defaultdict(list)
    for r in items:
        groups[stratum(r)].append(r)
    chosen = set()
    for _, rs in sorted(groups.items()):
        k = int(len(rs) / 5 + 0.5)
        chosen.update(r["id"] for r in sorted(rs, key=split_key)[:k])
    return chosen


def check_items(items, cals):
    errors = []
    stats = Counter()

    def err(rec, msg):
        errors.append(f"{rec.get('_src', '?')} {rec.get('id', '?')}: {msg}")

    ids = Counter(r.get("id") for r in items)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i} ({c} times)")

    for r in items:
        keys = set(r) - {"_src"}
        if not KEYS <= keys or keys - KEYS - OPTIONAL_KEYS:
            err(r, f"bad keys: missing {sorted(KEYS - keys)}, extra {sorted(keys - KEYS - OPTIONAL_KEYS)}")
            continue
        if not re.fullmatch(r"p\d{4}", str(r["id"])):
            err(r, "id must look like p0001")
        if r["location"] not in cals:
            err(r, f"unknown location {r['location']!r}")
            continue
        cal = cals[r["location"]]
        if r["kind"] not in KINDS:
            err(r, f"bad kind {r['kind']!r}")
            continue
        if r["commitment"] is not (r["kind"] == "commitment"):
            err(r, "commitment must be true iff kind == commitment")
        if not isinstance(r["text"], str) or not r["text"].strip():
            err(r, "empty text")
            continue
        if not isinstance(r["asr"], bool) or not isinstance(r["due_unreadable"], bool):
            err(r, "asr and due_unreadable must be booleans")
            continue
        looks_asr = not ASR_FORBIDDEN.search(r["text"])
        if r["asr"] != looks_asr:
            err(r, f"asr={r['asr']} but the text {'has no' if looks_asr else 'has'} capitals/punctuation")
        try:
            said = parse_instant(r["said_at"])
        except ValueError as e:
            err(r, f"said_at: {e}")
            continue
        if said.astimezone(cal.tz).year != 2026:
            err(r, "said_at outside 2026")

        stats["items"] += 1
        stats[f"kind:{r['kind']}"] += 1
        stats["asr"] += r["asr"]

        phrase, due, unread = r["due_phrase"], r["due"], r["due_unreadable"]
        if r["kind"] != "commitment":
            if phrase is not None or due is not None or unread:
                err(r, "non-commitments must have due_phrase/due null and due_unreadable false")
            continue
        if phrase is None:
            if due is not None or unread:
                err(r, "no due_phrase: due must be null and due_unreadable false")
            stats["commit:no-deadline"] += 1
            continue
        if not isinstance(phrase, str) or phrase.lower() not in r["text"].lower():
            err(r, f"due_phrase {phrase!r} is not a substring of the text")
        if unread and due is not None:
            err(r, "due_unreadable true but due is set")
            continue
        if not unread and due is None:
            err(r, "due_phrase set, readable, but due is null")
            continue

        try:
            computed = compute_due(phrase, said, cal)
        except Unreadable:
            computed = None
        except NotLabelled as e:
            err(r, f"checker cannot read {phrase!r}: {e}")
            continue

        if unread:
            stats["commit:unreadable"] += 1
            if computed is not None:
                err(r, f"labelled unreadable but the rules give {computed.isoformat()}")
            continue
        stats["commit:dated"] += 1
        try:
            labelled = parse_instant(due)
        except ValueError as e:
            err(r, f"due: {e}")
            continue
        if computed is None:
            err(r, f"labelled due {due} but the rules say {phrase!r} is unreadable here")
            continue
        local_offset = labelled.astimezone(cal.tz).utcoffset()
        if labelled.utcoffset() != local_offset:
            err(r, f"due {due} does not carry the location's offset "
                   f"({labelled.astimezone(cal.tz).isoformat()[-6:]}) at that instant")
        if labelled != computed or labelled.utcoffset() != computed.utcoffset():
            err(r, f"due mismatch for {phrase!r} said {said.astimezone(cal.tz).isoformat()}: "
                   f"labelled {due}, computed {computed.isoformat()}")
        elif due != computed.isoformat():
            err(r, f"due {due} should be written {computed.isoformat()}")
        if labelled <= said:
            err(r, "due is not after said_at")
    return errors, stats


def check_set(items, errors, stats, min_items=MIN_ITEMS):
    n = stats["items"]
    if n < min_items:
        errors.append(f"only {n} items (need at least {min_items})")
    for k in KINDS[1:]:
        if stats[f"kind:{k}"] < MIN_PER_NONCOMMIT_KIND:
            errors.append(f"kind {k}: only {stats[f'kind:{k}']} items (need {MIN_PER_NONCOMMIT_KIND})")
    if n and stats["asr"] / n < MIN_ASR_SHARE:
        errors.append(f"ASR share {stats['asr'] / n:.0%} below {MIN_ASR_SHARE:.0%}")
    share = stats["kind:commitment"] / n if n else 0
    if not 0.45 <= share <= 0.65:
        errors.append(f"commitment share {share:.0%} is not about 55%")


def check_split(tuning, holdout, errors):
    t_ids = {r["id"] for r in tuning}
    h_ids = {r["id"] for r in holdout}
    if t_ids & h_ids:
        errors.append(f"ids in both splits: {sorted(t_ids & h_ids)}")
    want = holdout_ids(tuning + holdout)
    if h_ids != want:
        errors.append(f"holdout is not the deterministic stratified fifth: "
                      f"extra {sorted(h_ids - want)}, missing {sorted(want - h_ids)}")
    total = len(tuning) + len(holdout)
    if total and not 0.17 <= len(holdout) / total <= 0.23:
        errors.append(f"holdout is {len(holdout)}/{total}, not about a fifth")


def write_split(items):
    chosen = holdout_ids(items)
    items = sorted(items, key=lambda r: r["id"])
    for path, part in ((TUNING, [r for r in items if r["id"] not in chosen]),
                       (HOLDOUT, [r for r in items if r["id"] in chosen])):
        with open(path, "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps({k: v for k, v in r.items() if k != "_src"},
                                   ensure_ascii=False) + "\n")


def summary(items, stats, splits):
    lines = []
    n = stats["items"]
    lines.append(f"items: {n}   ASR: {stats['asr']} ({stats['asr'] / n:.0%})" if n else "items: 0")
    lines.append("kinds: " + ", ".join(f"{k} {stats[f'kind:{k}']}" for k in KINDS))
    lines.append(f"commitments: {stats['commit:dated']} with a due, {stats['commit:unreadable']} "
                 f"unreadable, {stats['commit:no-deadline']} with no deadline")
    for name, part in splits:
        kc = Counter(r["kind"] for r in part)
        lines.append(f"{name}: {len(part)} (" + ", ".join(f"{k} {kc[k]}" for k in KINDS) + ")")
    return "\n".join(lines)


def run(presplit=False):
    """Run every check. Returns (errors, summary text)."""
    errors = []
    try:
        cals = load_calendars()
    except (ValueError, KeyError, OSError) as e:
        return [f"calendars.yaml: {e}"], ""
    have_split = os.path.exists(TUNING) or os.path.exists(HOLDOUT)
    if presplit:
        if not os.path.exists(PROMISES):
            return ["--presplit: promises.jsonl not found"], ""
        items = load_jsonl(PROMISES)
        splits = [("promises", items)]
    else:
        if not (os.path.exists(TUNING) and os.path.exists(HOLDOUT)):
            return ["tuning.jsonl and holdout.jsonl not found (run with --split first)"], ""
        if os.path.exists(PROMISES):
            errors.append("promises.jsonl still present next to the split files")
        tuning, holdout = load_jsonl(TUNING), load_jsonl(HOLDOUT)
        items = tuning + holdout
        splits = [("tuning", tuning), ("holdout", holdout)]
        check_split(tuning, holdout, errors)
    item_errors, stats = check_items(items, cals)
    errors = item_errors + errors
    check_set(items, errors, stats)
    if not presplit and not have_split:
        errors.append("not split")
    return errors, summary(items, stats, splits)


def main(argv):
    if "--split" in argv:
        if not os.path.exists(PROMISES):
            print("promises.jsonl not found", file=sys.stderr)
            return 2
        errors, text = run(presplit=True)
        if errors:
            print("\n".join(errors))
            print(f"FAIL: {len(errors)} problem(s); not splitting")
            return 1
        write_split(load_jsonl(PROMISES))
        os.remove(PROMISES)
        print("wrote tuning.jsonl and holdout.jsonl, removed promises.jsonl")
    errors, text = run(presplit="--presplit" in argv)
    print(text)
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print("OK: all labels and structure check out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
