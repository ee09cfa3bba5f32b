#!/usr/bin/env bash
# The load test of bench/RESULTS.md ("The request path"), one command:
#   bench/loadtest.sh [connections=16] [seconds=10] [request.json=bench/KnowledgeGraph.LoadTest/journalist.json]
# Builds the API and the load generator in Release and installs the graphql-js peer (npm ci); starts the API on the
# seeds (port 5080), the peer on the API's own CSV export (port 5082) and, as the upper bound, Kestrel answering the
# API's own answer as a constant (port 5081); refuses to load unless the peer's answer is byte for byte the API's;
# then loads the three one after the other with the same generator and settings (one untimed round each for the JIT,
# all before the counted rounds), prints one table with the ratios of throughput and of server CPU time per request,
# and stops the servers.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
seconds=${2:-10}
request=${3:-bench/KnowledgeGraph.LoadTest/journalist.json}
work=$(mktemp -d)

dotnet build -c Release src/KnowledgeGraph.Api >/dev/null
dotnet build -c Release bench/KnowledgeGraph.LoadTest >/dev/null
(cd bench/graphql-js-peer && npm ci --no-audit --no-fund >/dev/null)
load="dotnet bench/KnowledgeGraph.LoadTest/bin/Release/net10.0/KnowledgeGraph.LoadTest.dll"
post() { curl -sf -X POST -H 'Content-Type: application/json' --data-binary @"$request" "http://127.0.0.1:$1/graphql" -o "$2"; }

dotnet src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll --urls http://127.0.0.1:5080 >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api ${constant:-} ${peer:-} 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf http://127.0.0.1:5080/readyz >/dev/null; do sleep 1; done
post 5080 "$work/answer.json"
curl -sf http://127.0.0.1:5080/export/nodes.csv -o "$work/nodes.csv"
curl -sf http://127.0.0.1:5080/export/edges.csv -o "$work/edges.csv"

$load constant http://127.0.0.1:5081 "$work/answer.json" >"$work/constant.log" 2>&1 &
constant=$!
node bench/graphql-js-peer/server.mjs 5082 "$work/nodes.csv" "$work/edges.csv" >"$work/peer.log" 2>&1 &
peer=$!
until curl -s -o /dev/null -X POST http://127.0.0.1:5081/graphql; do sleep 1; done
until curl -s -o /dev/null -X POST http://127.0.0.1:5082/graphql; do sleep 1; done
post 5082 "$work/peer-answer.json"
if ! cmp -s "$work/answer.json" "$work/peer-answer.json"; then
  echo "The peer's answer differs from the API's:" >&2
  diff <(jq . "$work/answer.json") <(jq . "$work/peer-answer.json") >&2 || true
  exit 1
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Each server's process ids (the peer's primary and its workers), for its CPU time per request.
$load compare "$request" "$connections" "$seconds" \
  "API=http://127.0.0.1:5080/graphql=$api" \
  "graphql-js=http://127.0.0.1:5082/graphql=$peer,$(pgrep -d, -P "$peer")" \
  "constant=http://127.0.0.1:5081/graphql=$constant"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
