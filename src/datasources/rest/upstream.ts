import type { Got } from 'got';
import type { CircuitBreaker } from './circuit-breaker.js';

/** One upstream service as the whole process shares it: its keep-alive client and its circuit. */
export interface Upstream {
  /** The service's name in errors (`extensions.upstream.service`), metrics and logs. */
  readonly name: string;
  readonly client: Got;
  readonly breaker: CircuitBreaker;
}
