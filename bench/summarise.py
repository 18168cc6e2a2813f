"""Prints the benchmark table from bench/run.sh's raw runs: median wall time and highest peak RSS per
size and command, then Tandem's median divided by each peer's median from the same run (below 1 means
Tandem is faster). Markdown, so it can go straight into BENCHMARKS.md."""
import csv
import statistics
import sys
from collections import OrderedDict

runs = OrderedDict()
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        key = (row["size"], row["command"])
        runs.setdefault(key, []).append(row)

print("| size | command | runs | median wall (s) | min-max wall (s) | median CPU (s) | peak RSS (MB) | exit codes |")
print("|---|---|---|---|---|---|---|---|")
medians = {}
cpu_medians = {}
for (size, command), rows in runs.items():
    walls = [float(r["wall_s"]) for r in rows]
    rss = max(int(r["rss_kb"]) for r in rows) / 1024
    exits = ",".join(sorted({r["exit"] for r in rows}))
    median = statistics.median(walls)
    cpu = statistics.median(float(r.get("cpu_s") or "nan") for r in rows)
    medians[(size, command)] = median
    cpu_medians[(size, command)] = cpu
    print(f"| {size} | {command} | {len(walls)} | {median:.2f} | {min(walls):.2f}-{max(walls):.2f} "
          f"| {cpu:.2f} | {rss:.0f} | {exits} |")


def ratio_table(header, pairs, cells):
    """One row per size and (Tandem, reference) pair measured in this run; cells(size, a, b) gives
    the row's cells after the pair's name."""
    lines = []
    for size in OrderedDict((s, None) for s, _ in runs):
        for tandem, reference in pairs:
            if (size, tandem) in medians and (size, reference) in medians and medians[(size, reference)] > 0:
                lines.append(f"| {size} | {tandem} / {reference} | " + " | ".join(cells(size, tandem, reference)) + " |")
    if lines:
        print()
        print(header)
        print("|---" * (header.count("|") - 1) + "|")
        print("\n".join(lines))


ratio_table("| size | Tandem / peer | Tandem median (s) | peer median (s) | ratio |",
            [("stats", "pandas"), ("stats", "R"), ("floor", "pandas"), ("startup", "pandas"), ("score-csv", "pandas"), ("score-csv", "R"),
             ("score-xlsx", "pandas-xlsx"), ("score-xlsx", "R-xlsx"), ("xlsx-import", "read-excel")],
            lambda size, t, p: [f"{medians[(size, t)]:.2f}", f"{medians[(size, p)]:.2f}",
                                f"{medians[(size, t)] / medians[(size, p)]:.3f}"])

# The store against reading the file itself: by wall time and, steadier on a shared machine, by CPU.
ratio_table("| size | store / file | ratio of median wall | ratio of median CPU |",
            [("store-import", "stats"), ("store-reimport", "stats"), ("store-stats", "stats")],
            lambda size, st, f: [f"{medians[(size, st)] / medians[(size, f)]:.2f}",
                                 f"{cpu_medians[(size, st)] / cpu_medians[(size, f)]:.2f}"])
