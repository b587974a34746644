import type { IncomingMessage, ServerResponse } from 'node:http';
import { identify, isAllowed } from './auth.js';
import { CONTROL_PREFIX, handleControl, type ControlTargets } from './control/control.handler.js';
import { readBody, parseJsonBody } from './http/body.js';
import type { DelayScheduler } from './http/delay.js';
import { SimHttpError, faultBody, forbiddenBody, internalErrorBody, notFoundBody, unauthorizedBody } from './http/errors.js';
import { send } from './http/respond.js';
import type { HttpMethod, RouteContext } from './routing/route.js';
import type { Router } from './routing/router.js';
import type { SimSettings } from './settings.js';

/** Everything one running simulator needs to answer requests. */
export interface SimRuntime extends ControlTargets {
  readonly router: Router;
  readonly delays: DelayScheduler;
  /** Added to every non-control request. */
  readonly latencyMs: number;
  readonly settings: SimSettings;
}

const EMPTY_BODY = Buffer.alloc(0);

/** The `node:http` request listener of a simulator. */
export function createRequestListener(runtime: SimRuntime): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(runtime, req, res).catch((error: unknown) => {
      if (error instanceof SimHttpError) return send(res, error.status, error.body());
      // Note: only unexpected errors are logged; they are bugs in a handler.
      console.error('[sim] handler failed:', error);
      send(res, 500, internalErrorBody);
    });
  };
}

/**
 * One request, in the order tests rely on: count it, pick its fault, wait
 * (configured then injected latency), hang or answer the fault, and only then
 * route, authenticate and run the handler, so a fault stands for an upstream
 * failing whoever calls it.
 */
async function handle(runtime: SimRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const method = req.method ?? 'GET';
  if (path.startsWith(CONTROL_PREFIX)) return handleControl(method, path, req, res, runtime);

  runtime.stats.record(`${method} ${path}`);
  const fault = runtime.faults.isEmpty() ? null : runtime.faults.take(method, path);
  const wait = runtime.latencyMs + (fault?.latencyMs ?? 0);
  if (wait > 0 && !(await runtime.delays.wait(wait, res))) return;
  // A hang leaves the response open: the client's timeout or close() ends it.
  if (fault?.hang === true) return;
  if (fault?.status !== undefined) {
    const headers = fault.retryAfter === undefined ? undefined : { 'retry-after': String(fault.retryAfter) };
    return send(res, fault.status, fault.body ?? faultBody, headers);
  }

  const match = runtime.router.match(method, path);
  if (match === null) return send(res, 404, notFoundBody);
  const { route, params } = match;
  const identity = identify(req.headers);
  if (route.access !== 'none') {
    if (identity === null) return send(res, 401, unauthorizedBody);
    if (!isAllowed(identity.role, route.access)) return send(res, 403, forbiddenBody);
  }
  const body = method === 'GET' || method === 'HEAD' || route.streamsBody === true ? EMPTY_BODY : await readBody(req, route.maxBodyBytes);
  const ctx: RouteContext = {
    method: method as HttpMethod,
    path,
    params,
    query: new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1)),
    headers: req.headers,
    identity,
    body,
    request: req,
    state: runtime.state,
    settings: runtime.settings,
    json: () => parseJsonBody(body),
    caller: () => {
      if (identity === null) throw new SimHttpError(401, 'payments-unauthorized', 'Unauthorized');
      return identity;
    },
  };
  const response = await route.handle(ctx);
  send(res, response.status, response.body, response.headers);
}
