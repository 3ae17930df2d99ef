# newswire: one image for every stage (ingest, enrich, tail, broker).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package \
 && ./mvnw -q -B -pl app dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/out/lib \
 && cp app/target/newswire-app.jar /out/

FROM eclipse-temurin:17-jre
WORKDIR /opt/newswire
COPY --from=build /out/ /opt/newswire/
COPY samples/ /opt/newswire/samples/
ENV JAVA_OPTS="-Xmx1536m -XX:+UseParallelGC"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/opt/newswire/newswire-app.jar:/opt/newswire/lib/*' dev.newswire.app.NewswireCommand \"$@\"", "newswire"]
CMD ["--help"]
