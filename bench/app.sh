#!/usr/bin/env bash
# The app's responsiveness: from handing seeds/clients.csv to the page (the upload a drop makes) to the
# results table being ready (every client scored; the reports are then still being written), and on to
# every report written. Not a test: it prints figures and asserts nothing. Needs target/tandem.jar
# (mvn -DskipTests package) and curl.
#
#   bench/app.sh            3 runs on the sample, PDF and Excel reports
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${RUNS:-3}"
cd "$root"

for run in $(seq 1 "$runs"); do
  out="$(mktemp -d)"
  log="$out/app.log"
  java -jar target/tandem.jar app --no-browser -o "$out/reports" > "$log" 2>&1 &
  app=$!
  until grep -q "http://" "$log"; do sleep 0.1; done
  url="$(grep -o 'http://[^ ]*' "$log")"
  base="${url%%/?token=*}"
  jar="$out/cookies"
  curl -s -c "$jar" "$url" > /dev/null
  start=$(date +%s.%N)
  curl -s -b "$jar" -H "Origin: $base" -H "X-File-Name: clients.csv" --data-binary @seeds/clients.csv \
    "$base/upload" > /dev/null
  curl -s -b "$jar" "$base/responses" > /dev/null   # the page the drop reloads: how each file is read
  curl -s -b "$jar" -H "Origin: $base" --data "questionnaire=closeness-desire&questionnaire=insecurity-triggers\
&questionnaire=need-for-solitude&paper=A4&format=both&password=&password2=" "$base/create" > /dev/null
  until curl -s -b "$jar" "$base/progress.json" | grep -q '"analysed":true'; do sleep 0.05; done
  curl -s -b "$jar" "$base/results" | grep -q 'id="rows-read">68<'
  table=$(date +%s.%N)
  until curl -s -b "$jar" "$base/progress.json" | grep -q '"state":"done"'; do sleep 0.2; done
  done_at=$(date +%s.%N)
  printf 'run %d: results table %.2f s after the upload; every report written %.1f s after it (load %s)\n' "$run" \
    "$(echo "$table - $start" | bc)" "$(echo "$done_at - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  curl -s -b "$jar" -H "Origin: $base" -X POST "$base/quit" > /dev/null
  wait "$app" || true
  rm -rf "$out"
done
