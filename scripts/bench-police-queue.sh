#!/usr/bin/env bash
# The benchmark of the police coordinator's queue with 10,000 open police checks (issue 11: "the queue page's
# server time with 10,000 open checks").
#
#   scripts/bench-police-queue.sh [--checks=10000] [--users=4,16] [--warm-up=15s] [--measured=40s]
#                                 [--profile-users=16] [--requests=QUEUE_PAGE,...] [--keep-data] [--no-build]
#
# Builds the jars, starts the whole stack on free ports in an empty temporary data directory, with screening
# started with benchmark-only arguments (the histogram of http.server.requests); publishes intake's
# ConcernReceived events for --checks concerns straight onto the broker and waits until screening holds an open
# police check for each; then loads the queue page (three ways), the API queue, the workspace count and two anchors
# (a static file, the health endpoint) one after the other, each with a closed loop of --users coordinators
# straight against screening; reads screening's server time for each measured window from /actuator/prometheus,
# profiles screening and the store with JDK Flight Recorder at --profile-users, and writes
# docs/benchmarks/police-queue.md. Nothing of ./data is touched. Needs a JDK 17 (jcmd); takes about 20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/run-benchmark.sh scripts/bench-police-queue.sh 2,15p PoliceQueueBenchmark docs/benchmarks/police-queue.md "$@"
