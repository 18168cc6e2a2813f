#!/usr/bin/env bash
# End-to-end benchmark: Tandem against the pandas and R peer pipelines on the same generated files,
# in the same run. Not a test: it prints figures and asserts nothing.
#
#   bench/run.sh                         1k, 100k and 1M respondents, 3 runs each, peers included
#   bench/run.sh --with-10m              also 10M respondents (1.2 GB of CSV; Tandem stats and score -o .csv)
#   bench/run.sh --sizes "1000 100000" --runs 5 --no-peers
#   bench/run.sh --only "stats score-csv" --sizes 1000000
#   bench/run.sh --only "xlsx-import read-excel" --sizes "100000 1000000"
#                                        workbook import: tandem validate on an .xlsx of the same rows
#                                        (27 columns, see xlsx_input.py) against pandas read_excel;
#                                        --with-xlsx adds both to a full run
#   bench/run.sh --only "stats store-import store-reimport store-stats" --sizes 1000000
#   bench/run.sh --only "stats floor startup pandas" --sizes 1000000
#                                        the limit: floor is bench/floor/StatsFloor.java, the least
#                                        work a JVM program does for stats' figures on both cores;
#                                        startup is tandem stats on the input's first row alone
#                                        the practice store: import into a new store, the same file
#                                        again (adds nothing), stats --store; --with-store adds them
#
# Inputs are cached in bench/data/ (gitignored); outputs go to bench/out/. Each command runs under
# /usr/bin/time -v; the table shows the median wall time and the highest peak RSS of the runs, and
# the ratio of Tandem's median to each peer's median measured in this run. CPU time (user + system)
# is shown too: on a shared machine it varies less than wall time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
peers="${PEERS_DIR:-/work/shared/bench}"
data="$here/data"
out="$here/out"
jar="$root/target/tandem.jar"
definition="$here/peer-items.yaml"

sizes="1000 100000 1000000"
runs=3
with_peers=1
with_xlsx=0
with_store=0
only=""
help_runs=10
peer_xlsx_max=1000000   # the peers' workbook writes take minutes beyond this size

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --with-10m) sizes="$sizes 10000000"; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --no-peers) with_peers=0; shift ;;
    --with-xlsx) with_xlsx=1; shift ;;
    --only) only="$2"; shift 2 ;;
    --with-store) with_store=1; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

wanted() { [[ -z "$only" || " $only " == *" $1 "* ]]; }
# The workbook import benchmark runs only when asked for: pandas needs minutes for a million rows.
xlsx_wanted() { [[ ( $with_xlsx -eq 1 && -z "$only" ) || " $only " == *" $1 "* ]]; }
# So do the store's: each import writes a store of the whole file.
store_wanted() { [[ ( $with_store -eq 1 && -z "$only" ) || " $only " == *" $1 "* ]]; }

# The heap limits the performance issue sets for each command.
java_stats=(java -Xmx256m -jar "$jar")
java_score_csv=(java -Xmx256m -jar "$jar")
java_score_xlsx=(java -Xmx512m -jar "$jar")
java_xlsx_import=(java -Xmx512m -jar "$jar")
java_store=(java -Xmx256m -jar "$jar")
java_default=(java -jar "$jar")
# Extra import options, should the importer not guess the identity columns of gen.py's files.
read -r -a import_args <<< "${TANDEM_IMPORT_ARGS:-}"

mkdir -p "$data" "$out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$out/results-$stamp.tsv"
printf 'size\tcommand\trun\twall_s\tcpu_s\trss_kb\texit\n' > "$results"

if [[ ! -f "$jar" ]]; then
  (cd "$root" && mvn -q -DskipTests package)
fi

# measure SIZE NAME CMD...: runs CMD $runs times under /usr/bin/time -v and records each run.
measure() {
  local size="$1" name="$2"; shift 2
  local n="$runs" i
  [[ "$name" == "help" ]] && n="$help_runs"
  for ((i = 1; i <= n; i++)); do
    local log="$out/time-$size-$name-$i.log"
    set +e
    /usr/bin/time -v -o "$log" "$@" > "$out/stdout-$name.txt" 2> "$out/stderr-$name.txt"
    local rc=$?
    set -e
    local wall rss cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" \
      | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log")
    printf '%s\t%s\t%d\t%s\t%s\t%s\t%d\n' "$size" "$name" "$i" "$wall" "$cpu" "$rss" "$rc" >> "$results"
    printf '  %-8s %-16s run %d: %6.2f s wall %6.2f s cpu %7d MB  exit %d\n' "$size" "$name" "$i" "$wall" "$cpu" \
      $((rss / 1024)) "$rc" >&2
    if [[ $rc -ne 0 && $rc -ne 3 ]]; then
      echo "    (failed; stderr in $out/stderr-$name.txt)" >&2
    fi
  done
}

for size in $sizes; do
  input="$data/peer-$size.csv"
  if [[ ! -f "$input" && $size -eq 10000000 && -f "$data/peer-1000000.csv" ]]; then
    # gen.py takes a quarter of an hour for 10M rows; ten copies of its 1M rows with the copy number
    # appended to the respondent and couple ids are the same shape, and every respondent stays unique.
    echo "generating $input from ten copies of the 1M file" >&2
    head -1 "$data/peer-1000000.csv" > "$input"
    for copy in 0 1 2 3 4 5 6 7 8 9; do
      tail -n +2 "$data/peer-1000000.csv" | sed "s/^\(R[0-9]*\),\(C[0-9]*\),/\1-$copy,\2-$copy,/" >> "$input"
    done
  fi
  if [[ ! -f "$input" ]]; then
    echo "generating $input" >&2
    /usr/bin/python3 "$peers/gen.py" "$size" "$input"
  fi
  echo "== $size respondents ($(du -hL "$input" | cut -f1))" >&2
  q=(-q "$definition")
  if wanted stats; then
    measure "$size" stats "${java_stats[@]}" stats "$input" "${q[@]}" "${import_args[@]}"
  fi
  if wanted score-csv; then
    measure "$size" score-csv "${java_score_csv[@]}" score "$input" "${q[@]}" "${import_args[@]}" -o "$out/scores.csv"
  fi
  if wanted floor; then
    floor_classes="$out/floor"
    if [[ ! "$floor_classes/StatsFloor.class" -nt "$here/floor/StatsFloor.java" ]]; then
      mkdir -p "$floor_classes" && javac -d "$floor_classes" "$here/floor/StatsFloor.java"
    fi
    measure "$size" floor java -Xmx256m -cp "$floor_classes" StatsFloor "$input"
  fi
  if wanted startup; then
    head -2 "$input" > "$out/first-row.csv"
    measure "$size" startup "${java_stats[@]}" stats "$out/first-row.csv" "${q[@]}" "${import_args[@]}"
  fi
  if wanted score-xlsx && [[ $size -le 1000000 ]]; then
    measure "$size" score-xlsx "${java_score_xlsx[@]}" score "$input" "${q[@]}" "${import_args[@]}" -o "$out/scores.xlsx"
  fi
  if [[ $with_peers -eq 1 && $size -le 1000000 ]]; then
    if wanted pandas; then
      measure "$size" pandas /usr/bin/python3 "$peers/peer_pandas.py" "$input" -
    fi
    if wanted R; then
      measure "$size" R Rscript "$peers/peer_r.R" "$input" -
    fi
    if [[ $size -le $peer_xlsx_max ]]; then
      if wanted pandas-xlsx; then
        measure "$size" pandas-xlsx /usr/bin/python3 "$peers/peer_pandas.py" "$input" "$out/pandas.xlsx"
      fi
      if wanted R-xlsx; then
        measure "$size" R-xlsx Rscript "$peers/peer_r.R" "$input" "$out/r.xlsx"
      fi
    fi
  fi
  if store_wanted store-import || store_wanted store-reimport || store_wanted store-stats; then
    # A store of its own for this benchmark, made afresh by each import run; the password is the
    # benchmark's, passed as a coach would in a script.
    store="$out/store-$size"
    export TANDEM_PASSWORD="bench-only practice password"
    if store_wanted store-import; then
      for ((i = 1; i <= runs; i++)); do
        rm -rf "$store"
        runs=1 measure "$size" store-import "${java_store[@]}" import "$input" --store "$store" "${q[@]}" "${import_args[@]}"
      done
    elif [[ ! -d "$store" ]]; then
      "${java_store[@]}" import "$input" --store "$store" "${q[@]}" "${import_args[@]}" > /dev/null 2>&1
    fi
    if store_wanted store-reimport; then
      measure "$size" store-reimport "${java_store[@]}" import "$input" --store "$store" "${q[@]}" "${import_args[@]}"
    fi
    if store_wanted store-stats; then
      measure "$size" store-stats "${java_store[@]}" stats --store "$store" "${q[@]}"
    fi
    rm -rf "$store"
    unset TANDEM_PASSWORD
  fi
  workbook="$data/peer-$size.xlsx"
  if [[ $size -le 1000000 ]] && { xlsx_wanted xlsx-import || xlsx_wanted read-excel; }; then
    if [[ ! -f "$workbook" ]]; then
      echo "generating $workbook" >&2
      /usr/bin/python3 "$here/xlsx_input.py" "$input" "$workbook"
    fi
    echo "== $size rows as a workbook ($(du -h "$workbook" | cut -f1))" >&2
    if xlsx_wanted xlsx-import; then
      measure "$size" xlsx-import "${java_xlsx_import[@]}" validate "$workbook" "${q[@]}" "${import_args[@]}"
    fi
    if xlsx_wanted read-excel; then
      measure "$size" read-excel /usr/bin/python3 "$here/read_excel.py" "$workbook"
    fi
  fi
  rm -f "$out/scores.csv" "$out/scores.xlsx" "$out/pandas.xlsx" "$out/r.xlsx" "$out/first-row.csv"
done

if wanted run; then
  couples="$data/couples-100.csv"
  if [[ ! -f "$couples" ]]; then
    "${java_default[@]}" generate --definitions "$root/questionnaires" --couples 100 --singles 0 \
      --repeat-share 1.0 -o "$couples" 2> /dev/null
  fi
  echo "== tandem run: 100 couples, two assessments each" >&2
  measure couples run "${java_default[@]}" run "$couples" --definitions "$root/questionnaires" -o "$out/reports"
fi
if wanted help; then
  echo "== tandem --help" >&2
  measure - help "${java_default[@]}" --help
fi

/usr/bin/python3 "$here/summarise.py" "$results"
echo "raw runs: $results" >&2
