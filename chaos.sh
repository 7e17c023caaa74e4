#!/usr/bin/env bash
# The slow fault runs, on real processes on loopback, each bounded in time: a node killed mid-round (F1), Redis
# killed and restarted again and again (F2), a reconnect storm (F5), a lossy link (F6). Prints their table with the
# measured figures and writes bench/results/live-<time>.{md,json}; the faults fast enough for CI run in ./test.sh.
# Bounded: the runner stops itself after 10 minutes, and `timeout` backs that up. Extra arguments go to the runner,
# e.g. ./chaos.sh --scenarios F1 or ./chaos.sh --smoke.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v redis-server >/dev/null 2>&1; then
  echo "redis-server is missing: the two-node runs need it (apt-get install redis-server)." >&2
  exit 2
fi

dotnet build src/Hub -c Release -v quiet -nologo
dotnet build bench/LiveBench -c Release -v quiet -nologo

# The faults fast enough for CI are tests: run them here too, so one command shows every row of the table.
fast_tests=(
  "F3;Redis unreachable: typed error within 2 s, /readyz not ready, writes back after;FullyQualifiedName~RedisOutageTests"
  "F4;SQLite (and Redis) node killed mid-write, restarted: 0 acknowledged lost;FullyQualifiedName~KillRestartTests"
  "F8;backplane lost (Redis restarted, subscriptions killed, a publish refused): idle clients of every node hold every stored event within 2 s;FullyQualifiedName~BackplaneRecoveryTests|FullyQualifiedName~PublishFailureTests"
  "A1;malformed, oversized, unknown-method frames beside honest phones; callers that keep breaking connections held back;FullyQualifiedName~RawFrameTests|FullyQualifiedName~ProtocolStrikeTests"
  "A2;every hub method and endpoint with every token;FullyQualifiedName~AccessMatrixTests|FullyQualifiedName~Realtime.AuthorizationTests"
  "A3;join-code guessing, 300 phones behind one address;FullyQualifiedName~JoinGuessingTests"
  "A4;per-connection flooding;FullyQualifiedName~FloodingTests"
  "A6;Origin of another site on negotiate and WebSocket;FullyQualifiedName~OriginTests"
  "A7;no secret in any log line;FullyQualifiedName~LogSecrecyTests"
)
dotnet build tests/Hub.Tests -c Release -v quiet -nologo
dotnet build tests/Browser.Tests -c Release -v quiet -nologo
rows=()
for entry in "${fast_tests[@]}"; do
  IFS=';' read -r id what filter <<<"$entry"
  start=$(date +%s)
  if out=$(timeout 600 dotnet test tests/Hub.Tests -c Release --no-build --filter "$filter" 2>&1); then verdict="passed"; else verdict="FAILED"; fi
  counts=$(grep -Eo "Passed: +[0-9]+|Failed: +[0-9]+" <<<"$out" | tr -s ' ' | paste -sd, -)
  rows+=("| $id | $what | tests: $counts in $(( $(date +%s) - start )) s | $verdict |")
done
start=$(date +%s)
if out=$(timeout 600 dotnet test tests/Browser.Tests -c Release --no-build --filter "FullyQualifiedName~PhoneClockTests" 2>&1); then verdict="passed"; else verdict="FAILED"; fi
counts=$(grep -Eo "Passed: +[0-9]+|Failed: +[0-9]+" <<<"$out" | tr -s ' ' | paste -sd, -)
rows+=("| F7 | phone clocks 5 min fast or slow (Playwright clock): countdown within 0.5 s, no write after the deadline | tests: $counts in $(( $(date +%s) - start )) s | $verdict |")
start=$(date +%s)
if out=$(timeout 600 dotnet test tests/Hub.Tests -c Release --no-build --filter "FullyQualifiedName~Exports.HostileTextTests" 2>&1) \
  && out2=$(timeout 600 dotnet test tests/Browser.Tests -c Release --no-build --filter "FullyQualifiedName~HostileTextOnPagesTests" 2>&1); then verdict="passed"; else verdict="FAILED"; fi
counts=$(grep -Eo "Passed: +[0-9]+|Failed: +[0-9]+" <<<"${out}${out2:-}" | tr -s ' ' | paste -sd, -)
rows+=("| A5 | hostile text (blns, markup, scripts, formulas) in titles, nicknames and notes, on every page and export | tests: $counts in $(( $(date +%s) - start )) s | $verdict |")

status=0
timeout --kill-after=30 660 dotnet bench/LiveBench/bin/Release/net10.0/StartupTerritoire.LiveBench.dll --configuration Release --scenarios F1,F2,F5,F6,A1 "$@" || status=$?

echo
echo "### Faults and attacks run as tests"
echo
echo "| id | what | measured | verdict |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
exit $status
