import { checkResponse } from './check.js';
import type { RunningContender } from './contenders.js';
import { request } from './http.js';
import { validationKey, type Validation } from './report.js';
import { requestBody, requestHeaders, runsWorkload, type Workload } from './workloads.js';

/** The outcome of checking a contender on a workload before it is measured. */
export interface Checked {
  problems: string[];
  /** The correct body, byte for byte; every response under load is compared with it. */
  reference?: string;
}

/**
 * Sends the workload twice: the first request warms the contender (fills the
 * gateway's shared caches, as W1 demands), the second is the answer it gives
 * when warm. Both must be correct.
 */
export async function checkContender(graphqlUrl: string, workload: Workload): Promise<Checked> {
  const problems: string[] = [];
  let last = '';
  for (const label of ['cold', 'warm']) {
    try {
      // Note: a new body each time: W5's idempotency key is fresh on every request.
      const init = { method: 'POST', headers: requestHeaders(workload), body: requestBody(workload) };
      const response = await request(graphqlUrl, init, 10_000);
      problems.push(...checkResponse(workload, response.status, response.body).map((p) => `${label}: ${p}`));
      last = response.body;
    } catch (error) {
      problems.push(`${label}: ${String(error)}`);
    }
  }
  return problems.length === 0 ? { problems, reference: last } : { problems };
}

/**
 * Checks every contender on every workload; the references are the correct
 * bodies, by validationKey. Workloads that change the simulator's state (W5)
 * go last, and `restore` puts the state back once they are done, so that no
 * check sees another's traces.
 */
export async function checkAll(
  contenders: RunningContender[],
  workloads: readonly Workload[],
  latencyMs: number,
  restore: () => Promise<void>,
): Promise<{ validation: Validation; references: Map<string, string> }> {
  const validation: Validation = new Map();
  const references = new Map<string, string>();
  const ordered = [...workloads.filter((w) => !w.mutates), ...workloads.filter((w) => w.mutates)];
  for (const workload of ordered) {
    for (const contender of contenders.filter((c) => runsWorkload(c.name, workload))) {
      const checked = await checkContender(contender.graphqlUrl, workload);
      const key = validationKey(contender.name, workload.name, latencyMs);
      validation.set(key, checked.problems);
      if (checked.reference !== undefined) references.set(key, checked.reference);
      console.log(`check ${key}: ${checked.problems.length === 0 ? 'ok' : checked.problems.join('; ')}`);
    }
  }
  if (ordered.some((w) => w.mutates)) await restore();
  return { validation, references };
}
