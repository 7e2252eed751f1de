# syntax=docker/dockerfile:1
#
# One image recipe for all five Infohus services; SERVICE names the Maven module to build and run:
#
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=intake-service -t infohus/intake-service .
#
# The build context is the repository root (see .dockerignore), because a service is built together with the
# modules it depends on (-am). docker-compose.yml sets SERVICE, SERVER_PORT and the Kafka and MongoDB settings.

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /build
COPY . .
# The cache mount keeps ~/.m2 between builds, so only changed modules cost time. Tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 \
    set -eu; \
    if [ -z "${SERVICE:-}" ] || [ ! -f "${SERVICE}/pom.xml" ]; then \
        echo "build arg SERVICE must name a service module of this repository, got '${SERVICE:-}'" >&2; \
        exit 1; \
    fi; \
    mvn --batch-mode --no-transfer-progress -pl "${SERVICE}" -am package \
        -DskipTests -Dspotless.check.skip=true; \
    jars="$(find "${SERVICE}/target" -maxdepth 1 -name "${SERVICE}-*.jar" \
        ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-plain.jar')"; \
    if [ "$(printf '%s\n' "${jars}" | grep -c .)" -ne 1 ]; then \
        echo "expected exactly one fat jar of ${SERVICE}, found: ${jars:-none}" >&2; \
        exit 1; \
    fi; \
    cp "${jars}" /build/app.jar

FROM eclipse-temurin:17-jre
ARG SERVICE
LABEL org.opencontainers.image.title="infohus-${SERVICE}" \
      org.opencontainers.image.description="Infohus ${SERVICE}"

# a fixed, unprivileged user: the service needs no root and owns nothing in the image
RUN groupadd --system --gid 10001 infohus \
    && useradd --system --uid 10001 --gid infohus --home-dir /app --no-create-home --shell /usr/sbin/nologin infohus

WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
COPY --chmod=0755 docker/healthcheck.sh /usr/local/bin/infohus-healthcheck

ENV INFOHUS_SERVICE=${SERVICE} \
    JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001

# SERVER_PORT decides the port; compose passes the same port to the health check explicitly
HEALTHCHECK --interval=10s --timeout=10s --start-period=120s --retries=6 CMD ["infohus-healthcheck"]

# exec: java is PID 1 and receives SIGTERM from `docker stop`, so Spring shuts down gracefully
ENTRYPOINT ["/bin/sh", "-c", "exec java ${JAVA_OPTS} -jar /app/app.jar \"$@\"", "infohus"]
