#!/usr/bin/env bash
# The scale test of bench/RESULTS.md ("1,000 documents: ingest, restart, extraction speed"), one command:
#   bench/scaletest.sh [documents=1000] [kilobytes=100]
# Builds the API and the corpus generator in Release, writes the corpus (documents of about `kilobytes` KB, each several
# seed documents: CompositeCorpus), then measures, each with its wall time, CPU time and peak resident memory:
#   1. `ingest` of the corpus into an empty data directory (the seeds are the DocumentsPath, as by default);
#   2. a restart: the API on that data directory, until /readyz answers 200;
#   3. a second restart, to show what a start-up costs once any cache the first one wrote is there;
#   4. the API with the corpus as its DocumentsPath and an empty data directory, until /readyz answers 200.
# The machine's load average is printed before and after: it is shared, and the wall times move with it (the CPU times
# much less).
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
kilobytes=${2:-100}
work=$(mktemp -d)
api=""
trap 'if [ -n "$api" ]; then kill "$api" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

dotnet build -c Release src/KnowledgeGraph.Api >/dev/null
dotnet build -c Release bench/KnowledgeGraph.Benchmarks >/dev/null
dotnet bench/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll \
  corpus "$documents" "$work/corpus" --kilobytes "$kilobytes"
echo "corpus: $(find "$work/corpus" -name '*.txt' | wc -l) documents, $(du -sm "$work/corpus" | cut -f1) MB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
apidll=src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll

# GNU time's "Maximum resident set size" is in KB.
/usr/bin/time -v -o "$work/ingest.time" env KnowledgeGraph__DataDir="$work/data" \
  dotnet "$apidll" ingest "$work/corpus" >"$work/ingest.log" 2>&1 || { tail -20 "$work/ingest.log"; exit 1; }
printf 'ingest:   %s wall, %s s CPU, peak %s MB\n' \
  "$(grep 'Elapsed (wall' "$work/ingest.time" | awk '{print $NF}')" \
  "$(grep -E '(User|System) time' "$work/ingest.time" | awk '{sum += $NF} END {print sum}')" \
  "$(( $(grep 'Maximum resident' "$work/ingest.time" | awk '{print $NF}') / 1024 ))"
grep -E '^ *(Documents|Ingested|Failed)' "$work/ingest.log" || tail -5 "$work/ingest.log"

# Starts the API with the given environment and waits for /readyz; prints the wall time, and the process's CPU time
# (user and system, /proc/<pid>/stat) and peak resident memory (VmHWM) at that moment.
start_until_ready() {
  local label=$1; shift
  local started=$(date +%s.%N)
  env "$@" dotnet "$apidll" --urls http://127.0.0.1:5090 >"$work/$label.log" 2>&1 &
  api=$!
  until curl -sf -o /dev/null http://127.0.0.1:5090/readyz; do
    kill -0 "$api" 2>/dev/null || { tail -20 "$work/$label.log"; exit 1; }
    sleep 0.2
  done
  local ready=$(date +%s.%N)
  printf '%-9s %.1f s to /readyz, %s s CPU, peak %s MB\n' "$label:" "$(echo "$ready - $started" | bc)" \
    "$(awk -v ticks="$(getconf CLK_TCK)" '{print ($14 + $15) / ticks}' "/proc/$api/stat")" \
    "$(( $(grep VmHWM /proc/$api/status | awk '{print $2}') / 1024 ))"
  kill "$api"; wait "$api" 2>/dev/null || true; api=""
}

start_until_ready restart KnowledgeGraph__DataDir="$work/data"
start_until_ready restart2 KnowledgeGraph__DataDir="$work/data"
start_until_ready seeds-dir KnowledgeGraph__DataDir="$work/empty" KnowledgeGraph__DocumentsPath="$work/corpus"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
