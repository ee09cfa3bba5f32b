#!/usr/bin/env bash
# The load test of bench/RESULTS.md ("The request path"), one command:
#   bench/loadtest.sh [connections=16] [seconds=10] [request.json=bench/KnowledgeGraph.LoadTest/journalist.json]
# Builds the API and the load generator in Release, starts the API on the seeds (port 5080) and, as the upper bound,
# Kestrel answering the API's own answer as a constant (port 5081); loads each in turn (one untimed round first, for
# the JIT), then stops both servers.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
seconds=${2:-10}
request=${3:-bench/KnowledgeGraph.LoadTest/journalist.json}
work=$(mktemp -d)

dotnet build -c Release src/KnowledgeGraph.Api >/dev/null
dotnet build -c Release bench/KnowledgeGraph.LoadTest >/dev/null
load="dotnet bench/KnowledgeGraph.LoadTest/bin/Release/net10.0/KnowledgeGraph.LoadTest.dll"

dotnet src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll --urls http://127.0.0.1:5080 >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api ${constant:-} 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf http://127.0.0.1:5080/readyz >/dev/null; do sleep 1; done
curl -sf -X POST -H 'Content-Type: application/json' --data-binary @"$request" http://127.0.0.1:5080/graphql -o "$work/answer.json"
$load constant http://127.0.0.1:5081 "$work/answer.json" >"$work/constant.log" 2>&1 &
constant=$!
until curl -s -o /dev/null -X POST http://127.0.0.1:5081/graphql; do sleep 1; done

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in 5080 5081; do
  $load run "http://127.0.0.1:$target/graphql" "$request" "$connections" "$seconds" >/dev/null
  echo "$([ $target = 5080 ] && echo API || echo constant): $($load run "http://127.0.0.1:$target/graphql" "$request" "$connections" "$seconds")"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
