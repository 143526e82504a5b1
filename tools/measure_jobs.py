#!/usr/bin/env python3
"""`--jobs 2` against `--jobs 1` on one archive, in alternated pairs (the figure issue 4 asks for).

On a shared VM the speed drifts from minute to minute, so the two runs of each pair follow each other
(order alternated) and the ratio is taken per pair; the median of the pairs is the figure reported.

Usage: python3 tools/measure_jobs.py TEXTLINT ARCHIVE [PAIRS=10]
  e.g. python3 tools/measure_jobs.py ~/textlint/textlint /tmp/pages.tar.gz
"""
import statistics
import subprocess
import sys
import time


def run(textlint, archive, jobs):
    start = time.perf_counter()
    subprocess.run([textlint, "check", archive, "--jobs", str(jobs), "--format", "summary", "-o", "/dev/null"],
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    textlint, archive = sys.argv[1], sys.argv[2]
    pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    run(textlint, archive, 2)  # warm the file cache
    one, two = [], []
    for i in range(pairs):
        if i % 2:
            two.append(run(textlint, archive, 2))
            one.append(run(textlint, archive, 1))
        else:
            one.append(run(textlint, archive, 1))
            two.append(run(textlint, archive, 2))
    ratios = [a / b for a, b in zip(one, two)]
    print(f"--jobs 1: median {statistics.median(one):.2f} s, best {min(one):.2f} s")
    print(f"--jobs 2: median {statistics.median(two):.2f} s, best {min(two):.2f} s")
    print(f"ratio per pair: median {statistics.median(ratios):.2f}x, range {min(ratios):.2f}-{max(ratios):.2f}x "
          f"({pairs} pairs)")


if __name__ == "__main__":
    main()
