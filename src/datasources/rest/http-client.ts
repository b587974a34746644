import http from 'node:http';
import https from 'node:https';
import { got, type Got } from 'got';
import { installFastNativeRequestOptions } from './got-native-options.js';

/**
 * The one keep-alive client of an upstream, shared by every request of the process.
 * Requests go through got's stream interface (upstream-exchange.ts).
 * Note: retries and timeouts are off here and set per endpoint by the datasource, since
 * got's defaults (no timeout, GET/PUT/DELETE retried twice, after timeouts too) are
 * wrong for a gateway.
 */
export function createUpstreamClient(baseUrl: string): Got {
  installFastNativeRequestOptions();
  // Idle sockets close after 4 s, before the usual 5 s server keep-alive does: a write
  // sent on a socket the server is closing fails with ECONNRESET and is never retried.
  // Note: as many sockets may wait idle as may be busy. With fewer (64 was measured), the
  // sockets of a burst beyond that are closed as each call ends and opened again by the
  // next burst: at 50 home screens in flight (4 calls each) that connect/close churn cost
  // about 4 % of the gateway's CPU. The idle timeout still closes what a lull leaves.
  const agentOptions = { keepAlive: true, timeout: 4000, maxSockets: 256, maxFreeSockets: 256, scheduling: 'lifo' as const };
  return got.extend({
    prefixUrl: baseUrl,
    agent: { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) },
    retry: { limit: 0 },
    followRedirect: false,
    // Every status comes back as an answer: upstream-exchange.ts reads the body of a 4xx
    // too (got's stream interface would raise its HTTPError before the body is read).
    throwHttpErrors: false,
  });
}
