import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './lib/logger.js';
import { startGateway } from './server/gateway.js';

const DEMO_TICKETS = {
  'demo-user': 'app user',
  'demo-participant': 'brand participant',
  'demo-system': 'system participant',
  'demo-terminal': 'device ticket (authenticateit_terminal_device)',
};

/** Starts the embedded simulator when no upstream is configured, and points the gateway at it. */
async function withUpstreams(config: Config): Promise<{ config: Config; stopSim?: () => Promise<void> }> {
  if (config.paymentsApiUrl) return { config };
  // Kept out of the production import graph: only loaded when no upstream is configured.
  const { startSimulator } = await import('../sim/simulator.js');
  const webhookSecret = config.webhookSecret ?? randomBytes(24).toString('hex');
  const simPort = Number(process.env.SIM_PORT ?? 0);
  const sim = await startSimulator({
    port: Number.isInteger(simPort) ? simPort : 0,
    latencyMs: Number(process.env.SIM_LATENCY_MS ?? 0) || 0,
    webhookUrl: process.env.SIM_WEBHOOK_URL ?? `http://127.0.0.1:${config.port}/webhooks/support-tickets`,
    webhookSecret,
  });
  return {
    config: { ...config, paymentsApiUrl: sim.url, ticketsApiUrl: sim.url, webhookSecret },
    stopSim: () => sim.close(),
  };
}

async function main(): Promise<void> {
  let base: Config;
  try {
    base = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(base.logLevel);
  const { config, stopSim } = await withUpstreams(base);
  const gateway = await startGateway(config, { logger, ...(stopSim && { playgroundTicket: 'demo-participant' }) });
  const lines = [`Gateway ready at ${gateway.url} (open it in a browser for the playground)`];
  if (stopSim) {
    lines.push(`Embedded upstream simulator at ${config.paymentsApiUrl}; demo tickets:`);
    for (const [ticket, role] of Object.entries(DEMO_TICKETS)) lines.push(`  ${ticket.padEnd(18)} ${role}`);
  }
  lines.push(config.redisUrl ? `Shared cache: Redis (${new URL(config.redisUrl).host})` : 'Shared cache: in memory (set REDIS_URL for Redis)');
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const hardStop = setTimeout(() => process.exit(1), config.shutdownGraceMs + 5000);
    hardStop.unref();
    void gateway
      .close()
      .then(() => stopSim?.())
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

await main();
