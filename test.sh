#!/usr/bin/env bash
# Runs the whole test suite: the engine's, the stores' contract against SQLite and a real Redis, the hub in both
# protocols, two nodes sharing Redis, kill/restart durability, and the pages in headless Chromium. Ends with
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing redis-server (the Redis tests start their own on a free loopback port)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "redis-server is missing: run 'sudo apt-get install redis-server' (or run this script as root)." >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The browser tests drive the distribution's Chromium; Playwright never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing chromium (the browser tests drive it headless, offline)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at /usr/bin/chromium: run 'sudo apt-get install chromium' (or run this script as root)." >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The PDF export draws its text with DejaVu Sans and the emoji and signs DejaVu lacks with Symbola; its tests read both.
fonts=()
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || fonts+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf ] || fonts+=(fonts-symbola)
if [ "${#fonts[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing ${fonts[*]} (the PDF export's fonts)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${fonts[@]}" >/dev/null
  else
    echo "Fonts for the PDF export are missing: run 'sudo apt-get install ${fonts[*]}' (or run this script as root)." >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# The Hub's build runs 'npm ci' and 'npm run build' in web/ (the pages, and axe-core for the accessibility checks).
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is missing: install Node.js 20 or later (the Hub's build compiles the pages in web/)." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

configuration="${CONFIGURATION:-Release}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet restore StartupTerritoire.sln
dotnet build StartupTerritoire.sln -c "$configuration" --no-restore

status=0
# One test project at a time (-m:1): the server, Redis and browser tests each start real processes, and on a
# two-core machine running them side by side only makes their timings noisy.
dotnet test StartupTerritoire.sln -c "$configuration" --no-build -m:1 \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# Sum the counters of every test project's results file.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed)
  e=$(value error); t=$(value timeout); a=$(value aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

if [ "$files" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # The run broke before reporting (a crash, a build problem): count it as a failure, never as a pass.
  failed=$((failed + 1))
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
  summary="$summary, $skipped skipped"
fi
echo "$summary"
[ "$failed" -eq 0 ]
