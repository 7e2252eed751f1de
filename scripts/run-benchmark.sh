#!/usr/bin/env bash
# What every benchmark script does: builds the jars (unless --no-build), notes the machine and the commit, and runs
# one benchmark class of dk.infohus.launcher.load with the report's file, the commit and the command line.
#
#   scripts/run-benchmark.sh <script> <help-lines> <benchmark class> <report file> [options ...]
#
# Called by scripts/load-intake-pages.sh and scripts/bench-police-queue.sh, not by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

script="$1" help="$2" benchmark="$3" out="$4"
shift 4
build=1
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n "$help" "$script"; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

if [ "$build" -eq 1 ]; then
  echo "Building the jars (./mvnw -DskipTests package) ..."
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi
echo "Machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB memory; commit $commit"

exec java -Xmx512m -cp launcher/target/launcher.jar "dk.infohus.launcher.load.$benchmark" \
  --repository=. --out="$out" --commit="$commit" \
  --command="$script${args[*]:+ ${args[*]}}" \
  "${args[@]}"
