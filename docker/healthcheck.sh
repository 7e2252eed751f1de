#!/usr/bin/env bash
# Health check for the service images, which have bash but no curl: one HTTP/1.0 GET over bash's /dev/tcp.
#
#   infohus-healthcheck [PORT [PATH]]    defaults: $SERVER_PORT (else 8080) and /actuator/health/readiness
#
# Exits 0 only on an HTTP 200 whose JSON body says "status":"UP"; anything else (refused, no answer within
# 5 seconds, 503 OUT_OF_SERVICE, DOWN) exits 1, the code Docker reads as unhealthy.
set -uo pipefail
trap '' PIPE

port="${1:-${SERVER_PORT:-8080}}"
path="${2:-/actuator/health/readiness}"

unhealthy() {
    echo "unhealthy: $*" >&2
    exit 1
}

{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || unhealthy "nothing answers on port ${port}"
printf -v request 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nAccept: application/json\r\nConnection: close\r\n\r\n' \
    "${path}" "${port}"
printf '%s' "${request}" >&3 2>/dev/null || unhealthy "could not send the request to port ${port}"
response="$(timeout 5 cat <&3)" || unhealthy "no complete answer from port ${port} within 5 seconds"
exec 3<&-

status_line="${response%%$'\r'*}"
ok_status='^HTTP/1\.[01] 200( |$)'
up_body='"status"[[:space:]]*:[[:space:]]*"UP"'
[[ "${status_line}" =~ ${ok_status} ]] || unhealthy "${status_line:-empty answer}"
[[ "${response}" =~ ${up_body} ]] || unhealthy "${response##*$'\r\n\r\n'}"
exit 0
