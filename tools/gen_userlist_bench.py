#!/usr/bin/env python3
"""Write a realistic 100,000-term user list for the whole-process comparison with ripgrep.

A user list (names, organisation terms, banned words) holds mostly rare terms, so the terms are
sampled uniformly (seed 42) from the two-to-six-character words of jieba's dict.txt (MIT) whose
frequency is below the median. Pair it with the 4 M-char text written by
`dotnet run -c Release --project benchmarks/TextLint.Benchmarks -- gen-data DIR`.

Usage: python3 tools/gen_userlist_bench.py [DICT_TXT] > DIR/terms-100k-rare.txt
"""
import os
import random
import sys

path = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt")
words = []
with open(path, encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 2 and 2 <= len(parts[0]) <= 6:
            words.append((parts[0], int(parts[1])))
freqs = sorted(w[1] for w in words)
median = freqs[len(freqs) // 2]
rare = sorted(w for w, f in words if f <= median)
random.seed(42)
for term in random.sample(rare, 100_000):
    print(term)
