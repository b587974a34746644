import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, parseJsonBody } from '../http/body.js';
import { notFoundBody } from '../http/errors.js';
import { jsonBytes, send } from '../http/respond.js';
import type { SimState } from '../state.js';
import { parseConfigPatch } from './config-flags.js';
import { parseFaultSpec, type FaultStore } from './faults.js';
import type { RequestStats } from './stats.js';

/** Path prefix of the control endpoints; requests under it are never counted, delayed or faulted. */
export const CONTROL_PREFIX = '/__sim/';

/** What the control endpoints act on. */
export interface ControlTargets {
  readonly state: SimState;
  readonly stats: RequestStats;
  readonly faults: FaultStore;
}

const okBody = jsonBytes({ ok: true });
const CONTROL_BODY_LIMIT = 64 * 1024;

/**
 * Serves `/__sim/stats`, `/__sim/reset`, `/__sim/faults` and `/__sim/config`
 * (DESIGN.md "Fixed names"). Throws SimHttpError on a bad body.
 */
export async function handleControl(
  method: string,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  targets: ControlTargets,
): Promise<void> {
  const { state, stats, faults } = targets;
  switch (`${method} ${path}`) {
    case 'GET /__sim/stats':
      return send(res, 200, jsonBytes(stats.snapshot()));
    case 'POST /__sim/reset':
      state.reset();
      stats.clear();
      faults.clear();
      return send(res, 200, okBody);
    case 'POST /__sim/faults': {
      const spec = parseFaultSpec(await readOptionalJson(req));
      if (spec === null) faults.clear();
      else faults.add(spec);
      return send(res, 200, okBody);
    }
    case 'GET /__sim/config':
      return send(res, 200, jsonBytes(state.config));
    case 'POST /__sim/config': {
      Object.assign(state.config, parseConfigPatch(await readOptionalJson(req) ?? {}));
      return send(res, 200, jsonBytes({ ok: true, config: state.config }));
    }
    default:
      return send(res, 404, notFoundBody);
  }
}

/** The JSON body, or undefined for an empty (or all-whitespace) body. */
async function readOptionalJson(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req, CONTROL_BODY_LIMIT);
  return raw.toString('utf8').trim() === '' ? undefined : parseJsonBody(raw);
}
