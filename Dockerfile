# Cirrus as a service: one process serving the web app, the API and socket.io on one port.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.base.json tsconfig.json ./
COPY prisma ./prisma
COPY packages ./packages
COPY apps ./apps
COPY tests/package.json ./tests/package.json
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund && node scripts/build-web-if-needed.mjs
ENV NODE_ENV=production PORT=3000 DATABASE_URL=file:/data/cirrus.db
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npx", "tsx", "apps/server/src/main.ts"]
