# syntax=docker/dockerfile:1
# Delegatiescan as an image. Every step that installs, builds or starts is a call to
# scripts/container.sh, which the test suite runs too (tests/deploy/production-install.test.ts).
#
#   docker build -t delegatiescan .
#   docker run -p 3000:3000 -v delegatiescan-data:/data \
#     -e PUBLIC_URL=https://scan.example.nl -e TRUST_PROXY=true delegatiescan

# Node 20 on Debian 12, with the toolchain better-sqlite3 compiles with.
FROM node:20-bookworm-slim AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app

# 1. Everything installed, the client built, the server compiled; then what production runs, apart.
FROM toolchain AS build
COPY . .
RUN bash scripts/container.sh build && bash scripts/container.sh assemble /image

# 2. Production dependencies only, next to the built output (no TypeScript runner, no vite).
FROM toolchain AS production-install
COPY --from=build /image/ /app/
RUN bash scripts/container.sh install-production

# 3. The image: the built output and its dependencies, as an unprivileged user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/data/delegatiescan.db
WORKDIR /app
COPY --from=production-install /app/ /app/
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness; a load balancer asks /api/ready for readiness (see deploy/haproxy.cfg).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["bash", "scripts/container.sh", "healthcheck"]
# A graceful stop takes at most SHUTDOWN_TIMEOUT_SECONDS (10 s); give `docker stop -t 15` or more.
STOPSIGNAL SIGTERM
CMD ["bash", "scripts/container.sh", "start"]
