import { randomUUID } from 'node:crypto';

// Only what is safe to echo in a header and a log line.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of one request: the caller's `x-request-id` when it is a sane token (a front
 * end or load balancer tracing its own calls), a fresh UUID otherwise. It goes back in the
 * response, along to the upstreams, and into the gateway's log lines.
 */
export function requestIdFrom(header: unknown): string {
  const given = Array.isArray(header) ? header[0] : header;
  return typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
}
