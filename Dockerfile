# The gateway as a container: built in one stage (dev dependencies bundle the playground),
# run in another with production dependencies only, as the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY playground ./playground
COPY src ./src
COPY sim ./sim
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# NODE_OPTIONS: the 64 MB young generation `npm start` gives the gateway (README, bench/RESULTS.md);
# --no-flush-bytecode is not allowed in NODE_OPTIONS, so CMD carries it.
ENV NODE_ENV=production \
    PORT=4000 \
    NODE_OPTIONS=--max-semi-space-size=64
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Without PAYMENTS_API_URL and TICKETS_API_URL the image serves the embedded simulator (a demo).
CMD ["node", "--no-flush-bytecode", "--enable-source-maps", "dist/src/index.js"]
