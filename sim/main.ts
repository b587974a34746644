import { describeDemoCredentials } from './demo-credentials.js';
import { parseSimEnv } from './sim-env.js';
import { startSimulator } from './simulator.js';

/**
 * `npm run sim`: the simulator alone, configured from the environment.
 * Note: top-level code on purpose; this file is an entry point, never imported.
 */
const env = parseSimEnv(process.env);
if (!env.ok) {
  for (const error of env.errors) console.error(`sim: ${error}`);
  process.exit(1);
}

const sim = await startSimulator(env.options).catch((error: unknown) => {
  const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    busy
      ? `sim: port ${env.options.port} is already in use; stop what is using it, or set SIM_PORT to a free port.`
      : `sim: cannot start on port ${env.options.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

console.log(
  [
    `Upstream simulator listening on ${sim.url}`,
    ...describeDemoCredentials(),
    `Webhooks go to ${env.options.webhookUrl}${env.options.webhookSecret === undefined ? ' (unsigned: WEBHOOK_SECRET unset)' : ''}`,
    `Control: GET ${sim.url}/__sim/stats, POST ${sim.url}/__sim/reset (back to the seed data), /__sim/faults, /__sim/config`,
  ].join('\n'),
);

let stopping = false;
const stop = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  console.log(`sim: ${signal} received, stopping`);
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('sim: error while stopping:', error);
      process.exit(1);
    },
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
