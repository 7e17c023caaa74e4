#!/usr/bin/env bash
# The live benchmark: the product (one node on SQLite, two on Redis), a bare SignalR hub and Socket.IO 4.8, driven by
# one load generator in one run on this machine. Prints the tables and writes bench/results/live-<time>.{md,json}.
# Bounded: the generator stops itself after 10 minutes (--minutes N to change), and `timeout` backs that up.
# Extra arguments go to the generator, e.g. ./bench.sh --scenarios S3,S7 or ./bench.sh --smoke.
# ./bench.sh --groups runs the working-group load benchmark instead (bench/GroupBench, about a minute).
# ./bench.sh --day runs D1 instead: 200 soirées in turn on one node, 300 phones each, then idle; the server's memory
# from start to end (under 10 minutes; --smoke: seconds; --soirees N --phones N --idle-eviction SECONDS, 0 = off).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "${1:-}" = "--groups" ]; then
  shift
  command -v redis-server >/dev/null 2>&1 || { echo "redis-server is missing: apt-get install redis-server." >&2; exit 2; }
  dotnet build bench/GroupBench -c Release -v quiet -nologo
  exec timeout --kill-after=30 600 dotnet bench/GroupBench/bin/Release/net10.0/StartupTerritoire.GroupBench.dll "$@"
fi

if [ "${1:-}" = "--day" ]; then
  shift
  dotnet build src/Hub -c Release -v quiet -nologo
  dotnet build bench/LiveBench -c Release -v quiet -nologo
  exec timeout --kill-after=30 660 dotnet bench/LiveBench/bin/Release/net10.0/StartupTerritoire.LiveBench.dll --configuration Release --scenarios D1 "$@"
fi

for tool in redis-server node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing: the two-node runs need redis-server (apt-get install redis-server), Socket.IO needs Node.js 20." >&2
    exit 2
  fi
done

dotnet build src/Hub -c Release -v quiet -nologo
dotnet build bench/BareHub -c Release -v quiet -nologo
dotnet build bench/LiveBench -c Release -v quiet -nologo
npm ci --prefix bench/node --no-audit --no-fund --silent

# The generator's own limit (--minutes, 10 by default) plus a minute to write its report, then `timeout` steps in.
minutes=10
args=("$@")
for i in "${!args[@]}"; do
  if [ "${args[$i]}" = "--minutes" ] && [ $((i + 1)) -lt ${#args[@]} ]; then minutes="${args[$((i + 1))]}"; fi
done
exec timeout --kill-after=30 "$(( ${minutes%.*} * 60 + 60 ))" dotnet bench/LiveBench/bin/Release/net10.0/StartupTerritoire.LiveBench.dll --configuration Release "$@"
