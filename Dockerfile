# Production-like image: builds the portal with the Maven wrapper, runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY community/pom.xml community/
COPY feed/pom.xml feed/
COPY events/pom.xml events/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app cercle
WORKDIR /app
COPY --from=build /src/app/target/cercle.jar /app/cercle.jar
USER cercle
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cercle.jar"]
