#!/usr/bin/env python3
"""Generate dictionaries/derived/confusion.txt: for each common simplified character, the
characters it is likely to be confused with by sound and by shape, most likely first.

Sources
  * Unicode Unihan database 15.0 (Debian package `unicode-data`, /usr/share/unicode/), Unicode
    License v3:
      Unihan_Readings.txt          kMandarin, kTGHZ2013 (readings)
      Unihan_DictionaryLikeData.txt kCangjie, kFourCornerCode, kPhonetic (shape)
      Unihan_IRGSources.txt        kRSUnicode, kTotalStrokes (shape)
  * jieba's dictionary dict.txt (MIT), `word freq pos` lines: a character's frequency is the sum
    of the frequencies of the words that contain it.
  * tools/confusion_supplement.txt: a small hand-authored list of attested shape confusions.

Universe: characters of the 2013 Table of General Standard Chinese Characters (those with a
kTGHZ2013 reading, i.e. the modern simplified standard) whose jieba frequency is at least
MIN_FREQ. Only these characters get a line, and only these appear as candidates.

Sound score of a pair (max over the readings of both characters; readings are kMandarin plus
kTGHZ2013, the first kMandarin reading being the primary one):
    same syllable, same tone            1.00
    same syllable, other tone           0.60   (a pinyin IME does not type tones)
    fuzzy syllable, same tone           0.30   (z/zh c/ch s/sh n/l f/h, an/ang en/eng in/ing ian/iang)
    fuzzy syllable, other tone          0.15
  times 0.7 when either reading is not the character's primary one.

Shape score of a pair (sum of evidence):
    Cangjie codes equal (length >= 2)                      3.0
    Cangjie distance 1 (Damerau: one substitution, insert,
      delete or adjacent swap), shorter code >=4 / 3 / 2   2.5 / 1.5 / 1.0
    Four-corner code equal in its four digits              1.5 (+0.5 when the fifth is equal too)
    Four-corner code equal in three of four digits         0.5
    same radical (kRSUnicode), residual strokes equal/+-1  1.0 / 0.5
    same phonetic class (kPhonetic)                        1.0
  No single kind of evidence except equal Cangjie codes or a distance-1 code of four or more
  letters reaches SHAPE_MIN on its own. A pair counts when its score is at least SHAPE_MIN and the total stroke counts differ by at most
  MAX_STROKE_DIFF. Supplement pairs score SUPPLEMENT_SCORE.
  Component pairs (see component_parts): a character and its part when it is "radical + part"
  (完/院, 台/治, 责/债) score COMPONENT_ADD; characters sharing such a part (郊/效, 验/险) score
  COMPONENT_SIBLING; at most MAX_COMPONENT of each kind per character, most frequent first.

Ordering: candidates are ordered by score x frequency weight, where the weight grows with the
logarithm of the candidate's jieba frequency (0.25 for the rarest character of the universe,
1.0 for the most frequent): a frequent character is more likely the one meant, and more likely
the one a pinyin IME offers. Lists are cut at MAX_SOUND / MAX_SHAPE entries, so they are not
symmetric; the loader's AreConfusable checks both directions.

Output: UTF-8, LF, header comments, then `char<TAB>sound<TAB>shape` per character in code point
order (each list a run of BMP characters without separators; a list may be empty). Deterministic.

Usage: python3 tools/gen_confusion.py > dictionaries/derived/confusion.txt
       python3 tools/gen_confusion.py --stats     (set-size distribution on stderr as well)
"""
import bz2
import math
import os
import sys
import unicodedata
from collections import defaultdict

UNICODE_DIR = "/usr/share/unicode"
JIEBA_DICT = "/root/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt"
SUPPLEMENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "confusion_supplement.txt")

MIN_FREQ = 30
MAX_SOUND = 20
MAX_SHAPE = 16
MIN_SOUND_RANK = 0.06
SHAPE_MIN = 2.5
MAX_STROKE_DIFF = 4
SUPPLEMENT_SCORE = 10.0
COMPONENT_ADD = 3.0       # one character is the other plus a side component (完/院, 台/治)
COMPONENT_SIBLING = 2.5   # both are a different side component plus the same part (检/险, 郊/效)
MAX_COMPONENT = 4         # component pairs per character and relation, most frequent first
MAX_SIBLING_GROUP = 12
MAX_COMPONENT_STROKES = 6  # a component added or dropped has at most this many strokes
RADICAL_SHARE = 0.25      # see component_parts
MIN_PART_STROKES = 4       # the shared part has at least this many (人/仓, 大/因 are not slips)

FIELDS = {
    "kMandarin", "kTGHZ2013", "kCangjie", "kFourCornerCode", "kPhonetic",
    "kRSUnicode", "kTotalStrokes", "kSimplifiedVariant",
}


def read_unihan():
    data = defaultdict(dict)
    for name in ("Unihan_Readings", "Unihan_DictionaryLikeData", "Unihan_IRGSources", "Unihan_Variants"):
        with bz2.open(os.path.join(UNICODE_DIR, name + ".txt.bz2"), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                code, field, value = line.rstrip("\n").split("\t")
                if field in FIELDS:
                    cp = int(code[2:], 16)
                    if cp <= 0xFFFF:
                        data[chr(cp)][field] = value
    return data


def read_jieba_freq():
    freq = defaultdict(int)
    with open(JIEBA_DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            for ch in set(parts[0]):
                freq[ch] += int(parts[1])
    return freq


def read_supplement():
    groups = []
    with open(SUPPLEMENT, encoding="utf-8") as f:
        for line in f:
            text = line.split("#", 1)[0].strip()
            if text:
                groups.append(text)
    return groups


# --- readings -------------------------------------------------------------------------------

TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}


def parse_syllable(reading):
    """'zhōng' -> ('zhong', 1); 'lǜ' -> ('lv', 4); neutral tone -> 5."""
    tone = 5
    out = []
    for ch in unicodedata.normalize("NFD", reading):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == "\u0308":  # diaeresis: ü
            out[-1] = "v"
        else:
            out.append(ch)
    return "".join(out), tone


def readings_of(entry):
    """Readings as (syllable, tone, primary) with the first kMandarin reading primary."""
    seen = []
    for i, r in enumerate(entry.get("kMandarin", "").split()):
        seen.append(parse_syllable(r) + (i == 0,))
    for item in entry.get("kTGHZ2013", "").split():
        syl = parse_syllable(item.split(":", 1)[1])
        if all(s[:2] != syl for s in seen):
            seen.append(syl + (False,))
    return seen


INITIAL_PAIRS = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h")]
FINAL_PAIRS = [("iang", "ian"), ("ang", "an"), ("eng", "en"), ("ing", "in")]


def split_initial(syl):
    for ini in ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                "j", "q", "x", "r", "z", "c", "s", "y", "w"):
        if syl.startswith(ini):
            return ini, syl[len(ini):]
    return "", syl


def fuzzy_variants(syl, valid):
    """Syllables one fuzzy substitution (initial or final) away, restricted to valid syllables."""
    ini, fin = split_initial(syl)
    out = set()
    for a, b in INITIAL_PAIRS:
        for x, y in ((a, b), (b, a)):
            if ini == x:
                out.add(y + fin)
    for a, b in FINAL_PAIRS:  # longest first, so 'iang' is not also read as 'ang'
        if fin.endswith(a):
            out.add(ini + fin[: -len(a)] + b)
            break
        if fin.endswith(b) and not fin.endswith(a):
            out.add(ini + fin[: -len(b)] + a)
            break
    out.discard(syl)
    return {s for s in out if s in valid}


# --- shape ----------------------------------------------------------------------------------

def damerau1(a, b):
    """True when a and b are one substitution, insertion, deletion or adjacent swap apart."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def cangjie_keys(code):
    """Blocking keys: any two codes within Damerau distance 1 share one."""
    keys = {code}
    for i in range(len(code)):
        keys.add(code[:i] + "*" + code[i + 1:])   # substitution
        keys.add(code[:i] + code[i + 1:])         # deletion (meets insertion on the other side)
    for i in range(len(code) - 1):
        keys.add(code[:i] + code[i + 1] + code[i] + code[i + 2:])
    return keys


def four_corner(entry):
    codes = entry.get("kFourCornerCode", "").split()
    return codes[0] if codes else ""


def radical_stroke(entry):
    first = entry["kRSUnicode"].split()[0]
    rad, residual = first.split(".")
    return rad, int(residual)


def phonetic_classes(entry):
    out = set()
    for v in entry.get("kPhonetic", "").split():
        digits = "".join(ch for ch in v if ch.isdigit())
        if digits:
            out.add(int(digits))
    return out


def shape_score(a, b, info):
    ia, ib = info[a], info[b]
    if abs(ia["strokes"] - ib["strokes"]) > MAX_STROKE_DIFF:
        return 0.0
    score = 0.0
    ca, cb = ia["cangjie"], ib["cangjie"]
    if ca and cb:
        if ca == cb and len(ca) >= 2:
            score += 3.0
        elif damerau1(ca, cb):
            shorter = min(len(ca), len(cb))
            score += 2.5 if shorter >= 4 else 1.5 if shorter == 3 else 1.0 if shorter == 2 else 0.0
    fa, fb = ia["fc"][:4], ib["fc"][:4]
    if len(fa) == 4 and len(fb) == 4:
        same = sum(1 for x, y in zip(fa, fb) if x == y)
        if same == 4:
            score += 1.5 + (0.5 if ia["fc"] == ib["fc"] else 0.0)
        elif same == 3:
            score += 0.5
    (ra, sa), (rb, sb) = ia["rs"], ib["rs"]
    if ra == rb:
        score += 1.0 if sa == sb else 0.5 if abs(sa - sb) == 1 else 0.0
    if ia["phon"] & ib["phon"]:
        score += 1.0
    return score


def abbreviate_rest(code):
    """Cangjie codes a later part of a character by its first, second and last letters."""
    return code if len(code) <= 3 else code[0] + code[1] + code[-1]


def abbreviate_first(code):
    """Cangjie codes the first part of a character by its first and last letters."""
    return code if len(code) <= 2 else code[0] + code[-1]


def component_parts(unihan, universe):
    """For each universe character, the characters it is built from as "side component + part".

    A character C contains a part A when C's residual stroke count (kRSUnicode: strokes beyond the
    radical) equals A's total stroke count, A is not C's radical, and C's Cangjie code is the
    radical's letters followed by A's code as Cangjie abbreviates a later part (院 NL + JMU for
    完 JMMU), or A's code abbreviated as a first part followed by the radical's letters (郊 YK + NL
    for 交 YCK). The radical's letters must be how that radical is usually written in Cangjie: at
    least RADICAL_SHARE of the Unihan characters with that radical begin (or end) with them, so 卖
    JNYK is 十 J + 买 NYK and not JN + 达 YK. Stroke counts and Cangjie both have to agree.
    A ranges over all of Unihan (BMP), so rare parts such as 佥 link their common characters.
    """
    by_strokes = defaultdict(list)
    for ch, e in unihan.items():
        code = e.get("kCangjie", "")
        if code and "kTotalStrokes" in e and 0x3400 <= ord(ch) <= 0xFFFF:
            by_strokes[int(e["kTotalStrokes"].split()[0])].append((ch, code))
    # How each radical is coded when it is the first or the last part: letter runs that begin or
    # end at least RADICAL_SHARE of its characters' codes.
    heads, tails, sizes = defaultdict(lambda: defaultdict(int)), defaultdict(lambda: defaultdict(int)), defaultdict(int)
    for ch, e in unihan.items():
        code = e.get("kCangjie", "")
        if not code or "kRSUnicode" not in e:
            continue
        rad = e["kRSUnicode"].split()[0].split(".")[0]
        sizes[rad] += 1
        for n in (1, 2):
            if len(code) > n:
                heads[rad][code[:n]] += 1
                tails[rad][code[-n:]] += 1
    radical_heads = {r: {h for h, n in hs.items() if n >= RADICAL_SHARE * sizes[r]} for r, hs in heads.items()}
    radical_tails = {r: {t for t, n in ts.items() if n >= RADICAL_SHARE * sizes[r]} for r, ts in tails.items()}
    rest_index = defaultdict(dict)   # (strokes, abbreviated code) -> chars
    first_index = defaultdict(dict)
    for n, items in by_strokes.items():
        for ch, code in items:
            rest_index[(n, abbreviate_rest(code))][ch] = None
            first_index[(n, abbreviate_first(code))][ch] = None
    parts = {}
    for ch in universe:
        e = unihan[ch]
        code = e.get("kCangjie", "")
        if len(code) < 2:
            continue
        rs = e["kRSUnicode"].split()[0]
        rad, residual = rs.split(".")[0], int(rs.split(".")[1])
        if residual < 2:
            continue
        found = set()
        for cut in range(1, len(code)):
            head, tail = code[:cut], code[cut:]
            if head in radical_heads.get(rad, ()):  # radical letters, then the part
                found.update(rest_index.get((residual, tail), ()))
            if tail in radical_tails.get(rad, ()):  # the part, then the radical letters
                found.update(first_index.get((residual, head), ()))
        found.discard(ch)
        if found:
            parts[ch] = found
    return parts


# --- main -----------------------------------------------------------------------------------

def main():
    stats = "--stats" in sys.argv[1:]
    unihan = read_unihan()
    freq = read_jieba_freq()

    universe = sorted(
        ch for ch, e in unihan.items()
        if "kTGHZ2013" in e and "kRSUnicode" in e and freq.get(ch, 0) >= MIN_FREQ
        and 0x3400 <= ord(ch) <= 0xFFFF)
    for ch in universe:
        assert ord(ch) <= 0xFFFF, ch

    lo = math.log(MIN_FREQ)
    hi = math.log(max(freq[ch] for ch in universe))

    def weight(ch):
        return 0.25 + 0.75 * (math.log(freq[ch]) - lo) / (hi - lo)

    info = {}
    for ch in universe:
        e = unihan[ch]
        info[ch] = {
            "readings": readings_of(e),
            "cangjie": e.get("kCangjie", ""),
            "fc": four_corner(e),
            "rs": radical_stroke(e),
            "strokes": int(e["kTotalStrokes"].split()[0]),
            "phon": phonetic_classes(e),
            "w": weight(ch),
        }

    # Sound: index readings by syllable, then score every pair that shares a syllable or a fuzzy one.
    by_syllable = defaultdict(list)
    for ch in universe:
        for syl, tone, primary in info[ch]["readings"]:
            by_syllable[syl].append((ch, tone, primary))
    valid = set(by_syllable)

    sound = {}
    for ch in universe:
        best = {}
        for syl, tone, primary in info[ch]["readings"]:
            targets = [(syl, False)] + [(s, True) for s in sorted(fuzzy_variants(syl, valid))]
            for tsyl, fuzzy in targets:
                for other, otone, oprimary in by_syllable[tsyl]:
                    if other == ch:
                        continue
                    same_tone = tone == otone
                    s = (0.30 if same_tone else 0.15) if fuzzy else (1.0 if same_tone else 0.6)
                    if not (primary and oprimary):
                        s *= 0.7
                    if s > best.get(other, 0.0):
                        best[other] = s
        ranked = sorted(((s * info[o]["w"], o) for o, s in best.items()), key=lambda t: (-t[0], t[1]))
        sound[ch] = [o for r, o in ranked if r >= MIN_SOUND_RANK][:MAX_SOUND]

    # Shape: candidate pairs from blocking keys, then scored.
    buckets = defaultdict(set)
    for ch in universe:
        i = info[ch]
        if i["cangjie"]:
            for k in cangjie_keys(i["cangjie"]):
                buckets[("cj", k)].add(ch)
        fc = i["fc"][:4]
        if len(fc) == 4:
            for p in range(4):
                buckets[("fc", fc[:p] + "*" + fc[p + 1:])].add(ch)
        buckets[("rs", i["rs"][0])].add(ch)
        for p in i["phon"]:
            buckets[("ph", p)].add(ch)
    pairs = set()
    for members in buckets.values():
        m = sorted(members)
        for x in range(len(m)):
            for y in range(x + 1, len(m)):
                pairs.add((m[x], m[y]))
    shape_best = defaultdict(dict)
    for a, b in pairs:
        s = shape_score(a, b, info)
        if s >= SHAPE_MIN:
            shape_best[a][b] = s
            shape_best[b][a] = s

    # Component relations: add or drop a side component (完/院), or swap it (检/险).
    parts = component_parts(unihan, universe)
    inuni = set(universe)

    def by_freq(chars):
        return sorted(chars, key=lambda c: (-freq.get(c, 0), c))

    component = defaultdict(dict)
    holders = defaultdict(set)
    for ch, found in parts.items():
        for a in found:
            if int(unihan[a]["kTotalStrokes"].split()[0]) < MIN_PART_STROKES:
                continue
            holders[a].add(ch)
            if a in inuni and abs(info[a]["strokes"] - info[ch]["strokes"]) <= MAX_COMPONENT_STROKES:
                component[ch][a] = COMPONENT_ADD
                component[a][ch] = COMPONENT_ADD
    for a, group in holders.items():
        if len(group) < 2 or len(group) > MAX_SIBLING_GROUP:
            continue
        for x in group:
            for y in group:
                if x != y and COMPONENT_SIBLING > component[x].get(y, 0.0):
                    component[x][y] = COMPONENT_SIBLING
    component_pairs = 0
    for ch in universe:
        for score in (COMPONENT_ADD, COMPONENT_SIBLING):
            kept = by_freq(o for o, s in component[ch].items() if s == score)[:MAX_COMPONENT]
            for o in kept:
                if score > shape_best[ch].get(o, 0.0):
                    shape_best[ch][o] = score
                    component_pairs += 1
    if stats:
        print(f"component pairs added or raised: {component_pairs}", file=sys.stderr)

    for group in read_supplement():
        members = [c for c in group if c in inuni]
        skipped = [c for c in group if c not in inuni]
        if skipped:
            print(f"supplement: not in universe, skipped: {''.join(skipped)}", file=sys.stderr)
        for a in members:
            for b in members:
                if a != b:
                    shape_best[a][b] = SUPPLEMENT_SCORE

    shape = {}
    for ch in universe:
        ranked = sorted(((s * info[o]["w"], o) for o, s in shape_best[ch].items()), key=lambda t: (-t[0], t[1]))
        shape[ch] = [o for r, o in ranked][:MAX_SHAPE]

    out = sys.stdout
    out.write("# Character confusion sets: characters likely to be written or typed for each other.\n")
    out.write("# Generated by tools/gen_confusion.py (with tools/confusion_supplement.txt). Do not edit by hand.\n")
    out.write("# Sources: Unicode Unihan 15.0 (kMandarin, kTGHZ2013, kCangjie, kFourCornerCode, kPhonetic,\n")
    out.write("#   kRSUnicode, kTotalStrokes; Unicode License v3); character frequencies from jieba dict.txt (MIT).\n")
    out.write(f"# Universe: {len(universe)} characters of the 2013 general standard table with jieba frequency >= {MIN_FREQ}.\n")
    out.write("# Format: char<TAB>sound-alike chars<TAB>shape-alike chars, most likely first; lists may be empty.\n")
    for ch in universe:
        out.write(f"{ch}\t{''.join(sound[ch])}\t{''.join(shape[ch])}\n")

    if stats:
        def dist(name, lists):
            sizes = sorted(len(v) for v in lists.values())
            n = len(sizes)
            buckets_ = [(0, 0), (1, 4), (5, 9), (10, 14), (15, 19), (20, 24), (25, 29), (30, 99)]
            parts = ", ".join(f"{a}-{b}: {sum(1 for s in sizes if a <= s <= b)}" for a, b in buckets_)
            print(f"{name}: n={n} mean={sum(sizes) / n:.1f} median={sizes[n // 2]} "
                  f"p10={sizes[n // 10]} p90={sizes[9 * n // 10]} max={sizes[-1]} | {parts}", file=sys.stderr)
        dist("sound", sound)
        dist("shape", shape)
        both = {ch: set(sound[ch]) | set(shape[ch]) for ch in universe}
        dist("union", both)


if __name__ == "__main__":
    main()
