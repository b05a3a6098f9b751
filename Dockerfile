# syntax=docker/dockerfile:1
# Production-like image: builds the portal with the Maven wrapper, runs it on a JRE.
# Any failure fails the build: nothing is hidden behind "|| true".
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# Maven's downloads are kept in a build cache between builds (BuildKit)
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app cercle \
  && mkdir -p /srv/front-pages && chown cercle /srv/front-pages
WORKDIR /app
COPY --from=build /src/app/target/cercle.jar /app/cercle.jar
# the JVM settings measured by bench/page-benchmark.sh (README, Benchmarks)
COPY --from=build /src/ops/jvm.options /app/jvm.options
ENV MALLOC_ARENA_MAX=2
USER cercle
EXPOSE 8080
# Ready means: started, and PostgreSQL answers (see README, Operations). Plain bash, no curl needed.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
# SIGTERM: not ready at once, requests still served for CERCLE_SHUTDOWN_GRACE, then a graceful stop
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/cercle.jar"]
