# syntax=docker/dockerfile:1
# One image recipe for every service: docker build -f ops/docker/service.Dockerfile --build-arg MODULE=feed-service .
# The compose file passes MODULE per service, so the six images cannot drift apart.

ARG JAVA_VERSION=17

FROM eclipse-temurin:${JAVA_VERSION}-jdk AS build
ARG MODULE
WORKDIR /src
# the whole reactor: Maven needs every module the root pom lists, even to build one (.dockerignore drops target/)
COPY . .
# The Maven cache survives between builds (BuildKit), so the second service does not download the world again.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" && \
    ./mvnw -B -q -ntp -pl "${MODULE}" -am -DskipTests package && \
    cp "${MODULE}/target/${MODULE}.jar" /tmp/app.jar
# Boot 4's layered extraction: dependencies change least often, so they form the lowest image layers.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/extracted

FROM eclipse-temurin:${JAVA_VERSION}-jre
ARG MODULE
ARG PORT=8080
RUN groupadd --system --gid 10001 localnews && \
    useradd --system --uid 10001 --gid localnews --no-create-home --shell /usr/sbin/nologin localnews
WORKDIR /app
COPY --from=build /tmp/extracted/dependencies/ ./
COPY --from=build /tmp/extracted/spring-boot-loader/ ./
COPY --from=build /tmp/extracted/snapshot-dependencies/ ./
COPY --from=build /tmp/extracted/application/ ./
COPY ops/docker/healthcheck.sh /usr/local/bin/healthcheck
USER 10001:10001
ENV SERVICE_NAME=${MODULE} \
    SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
# Readiness, not liveness: depends_on waits until the service can do its work (feed-service has replayed the log).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["/usr/local/bin/healthcheck"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
