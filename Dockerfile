# syntax=docker/dockerfile:1
# Mastertrade on the official Payara Server image.
#
#   docker build -t mastertrade .                                  (from the repository root)
#   docker compose -f config/docker-compose.yml up --build         (a try-out with PostgreSQL, MinIO, Mailpit)
#
# Stage 1 builds the EAR and fetches the PostgreSQL JDBC driver with Maven. Stage 2 is Payara Server with the
# driver in the domain's lib folder and the EAR in $DEPLOY_DIR; at each container start, init_0_mastertrade.sh
# renders the domain resources (config/domain.asadmin: JDBC pool, mail session, MicroProfile endpoints) from
# the MT_* environment into the post-boot command file, and the image's own init_1 script adds the deploy.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -DskipTests package \
 && pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml | head -n 1) \
 && mvn -B -ntp -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=org.postgresql:postgresql:${pg_version}:jar -Dmdep.stripVersion=true -DoutputDirectory=/out \
 && cp ear/target/mastertrade.ear /out/mastertrade.ear

FROM payara/server-full:6.2025.9-jdk17

# Application settings (MicroProfile Config reads them as mt.home, mt.public-url, ...); MT_DB_URL,
# MT_DB_USER, MT_DB_PASSWORD, MT_OPERATOR_EMAIL/MT_OPERATOR_PASSWORD (first start) and the MT_SMTP_* variables
# come from the container's environment. No demo setting is baked in: the application's MT_DEMO is false unless
# a container is started with MT_DEMO=true, and it refuses a first start without an operator password.
ENV MT_HOME=/opt/payara/data \
    MT_PUBLIC_URL=http://localhost:8080 \
    MT_SMTP_HOST=localhost \
    MT_SMTP_PORT=25
# The image's deploy command takes these options: the EAR goes to virtual server "server" only, so that the
# management listener's own module alone serves /metrics (config/domain.asadmin, "HTTP edge").
ENV DEPLOY_PROPS=--virtualservers=server

COPY --from=build --chown=payara:payara /out/postgresql.jar ${PAYARA_DIR}/glassfish/domains/${DOMAIN_NAME}/lib/postgresql.jar
COPY --chown=payara:payara config/domain.asadmin config/tools/render-asadmin.sh ${CONFIG_DIR}/mastertrade/
COPY --chown=payara:payara config/docker/init_0_mastertrade.sh ${SCRIPT_DIR}/init_0_mastertrade.sh
COPY --from=build --chown=payara:payara /out/mastertrade.ear ${DEPLOY_DIR}/mastertrade.ear

RUN mkdir -p /opt/payara/data \
 && chmod +x ${CONFIG_DIR}/mastertrade/render-asadmin.sh ${SCRIPT_DIR}/init_0_mastertrade.sh

VOLUME /opt/payara/data
