#!/usr/bin/env bash
# The load benchmark of intake's public pages (issue 4: "the intake page's server time (p95) under load").
#
#   scripts/load-intake-pages.sh [--users=20] [--warm-up=30s] [--measured=60s] [--mix=3,1,2] [--think=0]
#                                [--no-gateway] [--keep-data] [--no-build]
#
# Builds the jars, starts the whole stack (Kafka, the store, the identity provider, the five services, the
# gateway) on free ports in an empty temporary data directory, with intake started with benchmark-only
# arguments (Micrometer percentiles and histogram of http.server.requests, a raised budget for forms without
# ALTCHA) and the gateway with raised rate limits; then runs the load generator (dk.infohus.launcher.load)
# against intake directly and then through the gateway, reads intake's server time for the measured window
# from /actuator/prometheus, prints the tables and writes them to docs/benchmarks/intake-pages.md.
# Nothing of ./data is touched. Needs Java 17; takes about 3 minutes plus twice (warm-up + measured).
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/run-benchmark.sh scripts/load-intake-pages.sh 2,13p IntakePagesBenchmark docs/benchmarks/intake-pages.md "$@"
