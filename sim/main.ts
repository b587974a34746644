import { DEMO_DEVICE, DEMO_TICKETS, type Role } from './auth.js';
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
  console.error(`sim: cannot start on port ${env.options.port}:`, error instanceof Error ? error.message : error);
  process.exit(1);
});

const ROLE_LABELS: Record<Role, string> = {
  user: 'app user',
  participant: 'brand participant',
  system: 'system participant',
};
const tickets = Object.entries(DEMO_TICKETS)
  .map(([ticket, role]) => `  ${ticket.padEnd(18)} ${ROLE_LABELS[role]}`)
  .join('\n');
console.log(
  [
    `Upstream simulator listening on ${sim.url}`,
    `Session tickets (header authenticateit_identity_ticket):`,
    tickets,
    `Device ticket (header authenticateit_terminal_device): ${DEMO_DEVICE}`,
    `Webhooks go to ${env.options.webhookUrl}${env.options.webhookSecret === undefined ? ' (unsigned: WEBHOOK_SECRET unset)' : ''}`,
    `Control: GET ${sim.url}/__sim/stats, POST ${sim.url}/__sim/reset, /__sim/faults, /__sim/config`,
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
