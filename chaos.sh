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

scenarios="F1,F2,F5,F6"
exec timeout --kill-after=30 660 dotnet bench/LiveBench/bin/Release/net10.0/StartupTerritoire.LiveBench.dll --configuration Release --scenarios "$scenarios" "$@"
