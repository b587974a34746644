import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from './config.js';
import { PortInUseError } from './lib/listen.js';
import { createLogger } from './lib/logger.js';
import { startGateway } from './server/gateway.js';

/** The embedded simulator, when no upstream is configured. */
interface Embedded {
  config: Config;
  banner: string[];
  /** The demo ticket the playground is prefilled with. */
  playgroundTicket: string;
  stop: () => Promise<void>;
}

/** Starts the embedded simulator (no upstream configured) and points the gateway at it. */
async function embedSimulator(config: Config): Promise<Embedded> {
  // Kept out of the production import graph: only loaded when no upstream is configured.
  const [{ startSimulator }, { parseSimEnv }, { describeDemoCredentials, DEMO_PLAYGROUND_TICKET, DEMO_TICKETS_CLIENT }] = await Promise.all([
    import('../sim/simulator.js'),
    import('../sim/sim-env.js'),
    import('../sim/demo-credentials.js'),
  ]);
  const env = parseSimEnv(process.env, { port: 0, webhookUrl: `http://127.0.0.1:${config.port}/webhooks/support-tickets` });
  if (!env.ok) throw new ConfigError(env.errors.join(' '));
  const webhookSecret = config.webhookSecret ?? randomBytes(24).toString('hex');
  const sim = await startSimulator({ ...env.options, webhookSecret }).catch((err: unknown) => {
    throw (err as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new PortInUseError(env.options.port, 'SIM_PORT') : err;
  });
  return {
    config: {
      ...config,
      paymentsApiUrl: sim.url,
      ticketsApiUrl: sim.url,
      webhookSecret,
      // The simulator's demo OAuth2 client, unless other ticket-service credentials were given.
      tickets: { ...config.tickets, auth: config.tickets.auth ?? { kind: 'oauth2', clientId: DEMO_TICKETS_CLIENT.id, clientSecret: DEMO_TICKETS_CLIENT.secret } },
    },
    banner: [
      `Embedded upstream simulator at ${sim.url}.`,
      ...describeDemoCredentials(),
      `Reset the demo data (a changed plan, say): restart, or curl -X POST ${sim.url}/__sim/reset`,
    ],
    playgroundTicket: DEMO_PLAYGROUND_TICKET,
    stop: () => sim.close(),
  };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let base: Config;
  try {
    base = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`Configuration error: ${err.message}`);
    throw err;
  }
  const logger = createLogger(base.logLevel);
  let embedded: Embedded | undefined;
  let gateway;
  try {
    embedded = base.paymentsApiUrl ? undefined : await embedSimulator(base);
    const config = embedded?.config ?? base;
    gateway = await startGateway(config, { logger, ...(embedded && { playgroundTicket: embedded.playgroundTicket }) });
  } catch (err) {
    if (err instanceof PortInUseError || err instanceof ConfigError) {
      await embedded?.stop();
      fail(err instanceof ConfigError ? `Configuration error: ${err.message}` : err.message);
    }
    throw err;
  }
  const lines = [`Gateway ready at ${gateway.url} (open it in a browser for the playground)`, ...(embedded?.banner ?? [])];
  lines.push(
    base.redisClusterNodes
      ? `Shared cache: Redis Cluster (${base.redisClusterNodes.length} seed nodes)`
      : base.redisUrl
        ? `Shared cache: Redis (${new URL(base.redisUrl).host})`
        : 'Shared cache: in memory (set REDIS_URL or REDIS_CLUSTER_NODES for Redis)',
  );
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const hardStop = setTimeout(() => process.exit(1), base.shutdownGraceMs + 5000);
    hardStop.unref();
    void gateway
      .close()
      .then(() => embedded?.stop())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

await main();
