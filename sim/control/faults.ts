import { badRequest } from '../http/errors.js';
import { compilePathPattern, type PathPattern } from '../routing/path-pattern.js';

/** A fault as posted to `POST /__sim/faults`. */
export interface FaultSpec {
  /** `*`, or "METHOD path" where the path may use `:params`. */
  readonly route: string;
  readonly status?: number;
  /** Raw response text, sent byte for byte. */
  readonly body?: string;
  readonly latencyMs?: number;
  readonly hang?: boolean;
  /** Seconds for a Retry-After header on the fault's answer (with a status). */
  readonly retryAfter?: number;
  /** How many requests it applies to; absent = until cleared. */
  readonly times?: number;
}

/** A fault chosen for one request. */
export interface Fault {
  readonly status: number | undefined;
  readonly body: Buffer | undefined;
  readonly latencyMs: number;
  readonly hang: boolean;
  readonly retryAfter: number | undefined;
}

interface ActiveFault extends Fault {
  readonly method: string | null;
  readonly pattern: PathPattern | null;
  remaining: number;
}

const KNOWN_KEYS = new Set(['route', 'status', 'body', 'latencyMs', 'hang', 'times', 'retryAfter']);

/**
 * Reads a `POST /__sim/faults` body: null means "clear all faults" (an empty
 * body or `{}`), otherwise a validated spec. Throws a 400 on anything unclear,
 * since a silently ignored fault makes a test pass for the wrong reason.
 */
export function parseFaultSpec(value: unknown): FaultSpec | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('A fault must be a JSON object');
  }
  const spec = value as Record<string, unknown>;
  const keys = Object.keys(spec);
  if (keys.length === 0) return null;
  const unknown = keys.filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) throw badRequest(`Unknown fault keys: ${unknown.join(', ')}`);
  const { route, status, body, latencyMs, hang, times, retryAfter } = spec;
  if (typeof route !== 'string' || !(route === '*' || /^[A-Z]+ \/\S*$/.test(route))) {
    throw badRequest('Fault "route" must be "*" or "METHOD /path"');
  }
  if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599)) {
    throw badRequest('Fault "status" must be an integer from 200 to 599');
  }
  if (body !== undefined && typeof body !== 'string') throw badRequest('Fault "body" must be a string');
  if (latencyMs !== undefined && !(typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0)) {
    throw badRequest('Fault "latencyMs" must be a number >= 0');
  }
  if (hang !== undefined && typeof hang !== 'boolean') throw badRequest('Fault "hang" must be a boolean');
  if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && (retryAfter as number) >= 0)) {
    throw badRequest('Fault "retryAfter" must be a whole number of seconds >= 0');
  }
  if (times !== undefined && !(Number.isInteger(times) && (times as number) >= 1)) {
    throw badRequest('Fault "times" must be an integer >= 1');
  }
  if (status === undefined && body === undefined && latencyMs === undefined && hang !== true) {
    throw badRequest('A fault needs at least one of "status", "body", "latencyMs" or "hang": true');
  }
  return spec as unknown as FaultSpec;
}

/** The injected faults; the most recently added match wins, and each use counts down its `times`. */
export class FaultStore {
  private faults: ActiveFault[] = [];

  /** Adds a fault. */
  add(spec: FaultSpec): void {
    const all = spec.route === '*';
    const space = spec.route.indexOf(' ');
    this.faults.push({
      method: all ? null : spec.route.slice(0, space),
      pattern: all ? null : compilePathPattern(spec.route.slice(space + 1)),
      // Note: a body without a status is a crafted successful answer.
      status: spec.status ?? (spec.body !== undefined ? 200 : undefined),
      body: spec.body === undefined ? undefined : Buffer.from(spec.body, 'utf8'),
      latencyMs: spec.latencyMs ?? 0,
      hang: spec.hang ?? false,
      retryAfter: spec.retryAfter,
      remaining: spec.times ?? Infinity,
    });
  }

  /** The fault for this request, if any, used up by one. */
  take(method: string, path: string): Fault | null {
    for (let i = this.faults.length - 1; i >= 0; i--) {
      const fault = this.faults[i]!;
      if (fault.method !== null && fault.method !== method) continue;
      if (fault.pattern !== null && fault.pattern.match(path) === null) continue;
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults.splice(i, 1);
      return fault;
    }
    return null;
  }

  /** True when no fault is set (lets the hot path skip the lookup). */
  isEmpty(): boolean {
    return this.faults.length === 0;
  }

  /** Removes every fault. */
  clear(): void {
    this.faults = [];
  }
}
