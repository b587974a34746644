import { describe, expect, it } from 'vitest';
import { isRetriable, retryDelayMs } from '../../src/datasources/rest/retry-policy.js';

describe('retry policy', () => {
  it('retries refused connections and 429/502/503/504, nothing else', () => {
    expect(isRetriable({ kind: 'unreachable' })).toBe(true);
    for (const status of [429, 502, 503, 504]) expect(isRetriable({ kind: status === 429 ? 'refused' : 'failed', status })).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 500]) expect(isRetriable({ kind: status < 500 ? 'refused' : 'failed', status })).toBe(false);
    for (const kind of ['timeout', 'circuit_open', 'not_sent', 'body_cut'] as const) expect(isRetriable({ kind })).toBe(false);
    expect(isRetriable({ kind: 'malformed', status: 200 })).toBe(false);
  });

  it('waits what Retry-After says when the upstream said it', () => {
    expect(retryDelayMs(1, 2000)).toBe(2000);
  });

  it('backs off exponentially with jitter otherwise: 50–150 ms, then 100–300 ms', () => {
    expect(retryDelayMs(1, undefined, () => 0)).toBe(50);
    expect(retryDelayMs(1, undefined, () => 1)).toBe(150);
    expect(retryDelayMs(2, undefined, () => 0)).toBe(100);
    expect(retryDelayMs(2, undefined, () => 1)).toBe(300);
    const samples = new Set(Array.from({ length: 20 }, () => retryDelayMs(1, undefined)));
    expect(samples.size).toBeGreaterThan(1);
  });
});
