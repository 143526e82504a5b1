#!/usr/bin/env python3
"""Validate TextLint dictionary files (dictionaries/*.txt).

Format (see dictionaries/README.md):
    UTF-8 without BOM, LF line ends.
    Lines starting with '#' are comments; '#@ key: value' lines before the
    first entry are header directives (rule, category, severity, ...).
    Entry: term<TAB>severity<TAB>suggestion[|suggestion2]<TAB>note
           severity is '-' (file default), error, warning or info;
           trailing fields may be omitted together with their TAB.

Format checks (any file): encoding, line ends, field count, severity values,
empty required fields, whitespace at the ends of fields, duplicate terms,
term equal to a suggestion, duplicate suggestions in one entry.
A typo list (category 'typo', or a file named typos.txt) must give a
suggestion for every entry, and no suggestion may contain a listed wrong form
(applying a fix must not produce another finding).

False-alarm checks for typo lists, using data on this machine:
  1. jieba's dict.txt: a wrong form that is itself a jieba word with
     frequency >= --jieba-min-freq is flagged; a wrong form that occurs inside
     a longer jieba word with frequency >= --jieba-min-freq is flagged (unless
     that longer word looks like a misspelling itself, i.e. replacing the wrong
     form by its suggestion gives another jieba word, or it contains a longer
     listed wrong form).
     A flagged term can be kept deliberately with a comment line in the list:
         # reviewed: <term> <reason>
     Reviewed terms are reported, not counted as failures.
  2. Clean official text: the TARGET column of the ECSpell odw.train.tsv file
     (n_errors<TAB>source<TAB>target). No wrong form may occur in any target
     sentence; there is no override for this check.

Exit status: 0 clean, 1 false-alarm failures only, 2 format errors.
Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
from collections import defaultdict

SEVERITIES = {"-", "error", "warning", "info"}
HEADER_SEVERITIES = {"error", "warning", "info"}
KNOWN_DIRECTIVES = {"rule", "category", "severity", "source", "license", "description", "kind"}
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_JIEBA = "/root/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt"
DEFAULT_ODW = "/work/shared/eval/ecspell/odw.train.tsv"


def _display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


class Entry:
    __slots__ = ("term", "severity", "suggestions", "note", "line")

    def __init__(self, term, severity, suggestions, note, line):
        self.term = term
        self.severity = severity
        self.suggestions = suggestions
        self.note = note
        self.line = line


class DictFile:
    def __init__(self, path):
        self.path = path
        self.headers: dict[str, str] = {}
        self.entries: list[Entry] = []
        self.reviewed: dict[str, str] = {}
        self.errors: list[str] = []
        self.groups: list[tuple[str, int]] = []  # (heading, entry count)

    @property
    def is_typo_list(self):
        return (self.headers.get("category") == "typo"
                or os.path.basename(self.path) == "typos.txt")

    def err(self, lineno, msg):
        name = _display(self.path)
        where = f"{name}:{lineno}" if lineno else name
        self.errors.append(f"{where}: {msg}")


def parse(path: str) -> DictFile:
    df = DictFile(path)
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        df.err(0, "file starts with a UTF-8 BOM")
        raw = raw[3:]
    if b"\r" in raw:
        df.err(0, "file contains CR characters (use LF line ends)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        df.err(0, f"not valid UTF-8: {e}")
        return df
    if text and not text.endswith("\n"):
        df.err(0, "last line does not end with LF")

    seen: dict[str, int] = {}
    in_header = True
    group = "(no heading)"
    group_count = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if line == "":
            continue
        if line.startswith("#"):
            body = line[1:]
            if body.startswith("@"):
                if not in_header:
                    df.err(lineno, "header directive '#@' after the first entry")
                    continue
                if body[1:].strip() in ("allowlist", "word-list"):
                    # A phrase list (allow.txt) or a plain word list (modern-words.txt): one phrase per line, no fields, no rule.
                    df.headers["allowlist"] = "yes"
                    continue
                if body[1:].strip() == "protected-phrases":
                    # A protected phrase list (protected-phrases.txt): one correct phrase per line, no fields.
                    df.headers["protected-phrases"] = "yes"
                    continue
                key, sep, value = body[1:].partition(":")
                key, value = key.strip(), value.strip()
                if not sep or not key or not value:
                    df.err(lineno, f"malformed header directive: {line!r}")
                    continue
                if key not in KNOWN_DIRECTIVES:
                    df.err(lineno, f"unknown header directive {key!r}")
                if key in df.headers:
                    df.err(lineno, f"header directive {key!r} given twice")
                if key == "severity" and value not in HEADER_SEVERITIES:
                    df.err(lineno, f"header severity {value!r} not one of {sorted(HEADER_SEVERITIES)}")
                df.headers[key] = value
                continue
            stripped = body.strip()
            if stripped.startswith("reviewed:"):
                rest = stripped[len("reviewed:"):].strip()
                term, _, reason = rest.partition(" ")
                if not term or not reason.strip():
                    df.err(lineno, "'# reviewed:' needs a term and a reason")
                else:
                    df.reviewed[term] = reason.strip()
            elif stripped.startswith("---"):
                df.groups.append((group, group_count))
                group = stripped.strip("- ").strip() or "(unnamed)"
                group_count = 0
            continue
        in_header = False
        if line != line.strip():
            df.err(lineno, "whitespace at the start or end of the line")
        fields = line.split("\t")
        if len(fields) > 4:
            df.err(lineno, f"{len(fields)} fields (at most 4: term, severity, suggestion, note)")
            continue
        for i, fv in enumerate(fields):
            if fv != fv.strip():
                df.err(lineno, f"field {i + 1} has whitespace at its ends: {fv!r}")
        fields = [fv.strip() for fv in fields] + [""] * (4 - len(fields))
        term, sev, sugg, note = fields
        if not term:
            df.err(lineno, "empty term")
            continue
        if sev == "":
            if len(line.split("\t")) >= 2:
                df.err(lineno, "empty severity field (use '-' for the file default)")
            sev = "-"
        elif sev not in SEVERITIES:
            df.err(lineno, f"severity {sev!r} not one of {sorted(SEVERITIES)}")
        raw_fields = line.split("\t")
        if len(raw_fields) >= 3 and sugg == "":
            df.err(lineno, "empty suggestion field (omit it with its TAB, or give a suggestion)")
        if len(raw_fields) == 4 and note == "":
            df.err(lineno, "empty note field (omit it with its TAB)")
        suggestions = [s for s in sugg.split("|")] if sugg else []
        for s in suggestions:
            if s == "" or s != s.strip():
                df.err(lineno, f"empty or padded suggestion in {sugg!r}")
            if s == term:
                df.err(lineno, f"suggestion equals the term {term!r}")
        if len(set(suggestions)) != len(suggestions):
            df.err(lineno, f"duplicate suggestion in {sugg!r}")
        if term in seen:
            df.err(lineno, f"duplicate term {term!r} (first on line {seen[term]})")
            continue
        seen[term] = lineno
        df.entries.append(Entry(term, sev, suggestions, note, lineno))
        group_count += 1
    df.groups.append((group, group_count))
    df.groups = [(g, n) for g, n in df.groups if n or g != "(no heading)"]

    if df.entries and "allowlist" not in df.headers and "severity" not in df.headers and any(e.severity == "-" for e in df.entries):
        df.err(0, "entries use '-' but the file has no '#@ severity:' directive")
    if df.is_typo_list:
        for e in df.entries:
            if not e.suggestions:
                df.err(e.line, f"typo entry {e.term!r} has no suggestion")
        # Applying a fix must not create another finding.
        terms = [e.term for e in df.entries]
        for e in df.entries:
            for s in e.suggestions:
                for t in terms:
                    if t in s:
                        df.err(e.line, f"suggestion {s!r} for {e.term!r} contains listed wrong form {t!r}")
    for t in df.reviewed:
        if t not in seen:
            df.err(0, f"'# reviewed:' names {t!r}, which is not an entry")
    return df


def load_jieba(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                try:
                    words[parts[0]] = int(parts[1])
                except ValueError:
                    pass
    return words


def load_odw_targets(path):
    targets = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                targets.append(parts[2])
    return targets


def false_alarm_checks(df: DictFile, jieba, odw, min_freq):
    """Return {term: [reasons]} for typo entries that look like false alarms."""
    fails: dict[str, list[str]] = defaultdict(list)
    terms = {e.term: e for e in df.entries}
    if jieba is not None:
        # Index long jieba words by every substring of listed lengths.
        lengths = {len(t) for t in terms}
        containing: dict[str, list[str]] = defaultdict(list)
        for w, fq in jieba.items():
            if fq < min_freq or len(w) < 2:
                continue
            for n in lengths:
                if n >= len(w):
                    continue
                for i in range(len(w) - n + 1):
                    sub = w[i:i + n]
                    if sub in terms:
                        containing[sub].append(w)
        for t, e in terms.items():
            fq = jieba.get(t, 0)
            if fq >= min_freq:
                fails[t].append(f"jieba word (freq {fq})")
            hits = []
            for w in sorted(set(containing.get(t, ())), key=lambda x: -jieba[x]):
                if any(len(o) > len(t) and o in w for o in terms):
                    continue  # the longer word contains a longer listed error
                if any(w.replace(t, s) in jieba for s in e.suggestions):
                    continue  # the longer word is itself the misspelling
                hits.append(f"{w}({jieba[w]})")
            if hits:
                fails[t].append("inside jieba word(s) " + " ".join(hits[:6])
                                + (" ..." if len(hits) > 6 else ""))
    if odw is not None:
        for t in terms:
            n = sum(1 for s in odw if t in s)
            if n:
                ex = next(s for s in odw if t in s)
                i = ex.index(t)
                ctx = ex[max(0, i - 8):i + len(t) + 8]
                fails[t].append(f"in {n} clean ODW target sentence(s), e.g. …{ctx}…")
    return fails


def redundant_entries(df: DictFile):
    """Entries whose wrong form contains another, shorter listed wrong form.

    Not an error (the longer entry may give a more precise suggestion), but
    each such pair makes the scanner report two overlapping hits."""
    terms = sorted({e.term for e in df.entries}, key=len)
    out = []
    for e in df.entries:
        inner = [t for t in terms if len(t) < len(e.term) and t in e.term]
        if inner:
            out.append((e, inner))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="dictionary files (default: dictionaries/*.txt)")
    ap.add_argument("--jieba", default=DEFAULT_JIEBA, help="jieba dict.txt (word freq pos)")
    ap.add_argument("--odw", default=DEFAULT_ODW, help="ECSpell odw.train.tsv (target column is clean text)")
    ap.add_argument("--jieba-min-freq", type=int, default=5)
    ap.add_argument("--no-data", action="store_true", help="format checks only")
    ap.add_argument("--list-failures", action="store_true",
                    help="print only the failing terms, one a line (for scripts)")
    args = ap.parse_args(argv)

    paths = args.paths or sorted(glob.glob(os.path.join(REPO_ROOT, "dictionaries", "*.txt")))
    if not paths:
        print("no dictionary files found", file=sys.stderr)
        return 2

    files = [parse(p) for p in paths]
    format_errors = sum(len(f.errors) for f in files)

    jieba = odw = None
    if not args.no_data and any(f.is_typo_list for f in files):
        if os.path.exists(args.jieba):
            jieba = load_jieba(args.jieba)
        else:
            print(f"warning: jieba dictionary not found at {args.jieba}; check 1 skipped", file=sys.stderr)
        if os.path.exists(args.odw):
            odw = load_odw_targets(args.odw)
        else:
            print(f"warning: ODW file not found at {args.odw}; check 2 skipped", file=sys.stderr)

    alarm_failures = 0
    out = []
    failing_terms = []
    for f in files:
        out.append(f"== {_display(f.path)}: {len(f.entries)} entries"
                   + (f" [{', '.join(f'{k}={v}' for k, v in f.headers.items())}]" if f.headers else ""))
        for g, n in f.groups:
            out.append(f"   {n:5d}  {g}")
        for e in f.errors:
            out.append(f"   FORMAT  {e}")
        if f.is_typo_list and (jieba is not None or odw is not None):
            fails = false_alarm_checks(f, jieba, odw, args.jieba_min_freq)
            reviewed_kept = 0
            for e in f.entries:
                reasons = fails.get(e.term)
                if not reasons:
                    continue
                odw_hit = any(r.startswith("in ") for r in reasons)
                if e.term in f.reviewed and not odw_hit:
                    reviewed_kept += 1
                    out.append(f"   kept    {e.term} -> {'|'.join(e.suggestions)}: "
                               f"{'; '.join(reasons)} — reviewed: {f.reviewed[e.term]}")
                    continue
                alarm_failures += 1
                failing_terms.append(e.term)
                out.append(f"   ALARM   line {e.line}: {e.term} -> {'|'.join(e.suggestions)}: {'; '.join(reasons)}")
            for e, inner in redundant_entries(f):
                out.append(f"   note    line {e.line}: {e.term} contains listed wrong form(s) {' '.join(inner)}")
            checks = []
            if jieba is not None:
                checks.append(f"jieba ({len(jieba)} words, min freq {args.jieba_min_freq})")
            if odw is not None:
                checks.append(f"ODW train targets ({len(odw)} sentences)")
            out.append(f"   false-alarm checks: {', '.join(checks)}; "
                       f"{reviewed_kept} flagged but reviewed and kept")
    if args.list_failures:
        print("\n".join(failing_terms))
    else:
        print("\n".join(out))
        print(f"\nsummary: {len(files)} file(s), {sum(len(f.entries) for f in files)} entries, "
              f"{format_errors} format error(s), {alarm_failures} false-alarm failure(s)")
    if format_errors:
        return 2
    if alarm_failures:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
