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

pairs = [("stats", "pandas"), ("stats", "R"), ("score-csv", "pandas"), ("score-csv", "R"),
         ("score-xlsx", "pandas-xlsx"), ("score-xlsx", "R-xlsx"), ("xlsx-import", "read-excel")]
lines = []
for size in OrderedDict((s, None) for s, _ in runs):
    for tandem, peer in pairs:
        if (size, tandem) in medians and (size, peer) in medians and medians[(size, peer)] > 0:
            ratio = medians[(size, tandem)] / medians[(size, peer)]
            lines.append(f"| {size} | {tandem} / {peer} | {medians[(size, tandem)]:.2f} "
                         f"| {medians[(size, peer)]:.2f} | {ratio:.3f} |")
if lines:
    print()
    print("| size | Tandem / peer | Tandem median (s) | peer median (s) | ratio |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))

# The store against reading the file itself: by wall time and, steadier on a shared machine, by CPU.
store_pairs = [("store-import", "stats"), ("store-reimport", "stats"), ("store-stats", "stats")]
lines = []
for size in OrderedDict((s, None) for s, _ in runs):
    for store, file in store_pairs:
        if (size, store) in medians and (size, file) in medians and medians[(size, file)] > 0:
            lines.append(f"| {size} | {store} / {file} | {medians[(size, store)] / medians[(size, file)]:.2f} "
                         f"| {cpu_medians[(size, store)] / cpu_medians[(size, file)]:.2f} |")
if lines:
    print()
    print("| size | store / file | ratio of median wall | ratio of median CPU |")
    print("|---|---|---|---|")
    print("\n".join(lines))
