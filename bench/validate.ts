import { checkResponse } from './check.js';
import type { RunningContender } from './contenders.js';
import { request } from './http.js';
import { validationKey, type Validation } from './report.js';
import { requestBody, requestHeaders, WORKLOADS, type Workload } from './workloads.js';

/** The outcome of checking a contender on a workload before it is measured. */
export interface Checked {
  problems: string[];
  /** The correct body, byte for byte; every response under load is compared with it. */
  reference?: string;
}

/**
 * Sends the workload twice: the first request warms the contender (fills the
 * gateway's shared catalogue cache, as the plans workload demands), the
 * second is the answer it gives when warm. Both must be correct.
 */
export async function checkContender(graphqlUrl: string, workload: Workload): Promise<Checked> {
  const init = { method: 'POST', headers: requestHeaders(), body: requestBody(workload) };
  const problems: string[] = [];
  let last = '';
  for (const label of ['cold', 'warm']) {
    try {
      const response = await request(graphqlUrl, init, 10_000);
      problems.push(...checkResponse(workload, response.status, response.body).map((p) => `${label}: ${p}`));
      last = response.body;
    } catch (error) {
      problems.push(`${label}: ${String(error)}`);
    }
  }
  return problems.length === 0 ? { problems, reference: last } : { problems };
}

/** Checks every contender on every workload; the references are the correct bodies, by validationKey. */
export async function checkAll(
  contenders: RunningContender[],
): Promise<{ validation: Validation; references: Map<string, string> }> {
  const validation: Validation = new Map();
  const references = new Map<string, string>();
  for (const contender of contenders) {
    for (const workload of WORKLOADS) {
      const checked = await checkContender(contender.graphqlUrl, workload);
      const key = validationKey(contender.name, workload.name);
      validation.set(key, checked.problems);
      if (checked.reference !== undefined) references.set(key, checked.reference);
      console.log(`check ${key}: ${checked.problems.length === 0 ? 'ok' : checked.problems.join('; ')}`);
    }
  }
  return { validation, references };
}
