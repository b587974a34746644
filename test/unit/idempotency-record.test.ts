import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf, slotOf } from '../../src/idempotency/idempotency-record.js';

describe('idempotency records', () => {
  it('never hold the ticket or the client’s key in clear', () => {
    const slot = slotOf('demo-user-ticket', 'my-key');
    expect(slot).not.toContain('demo-user-ticket');
    expect(slot).not.toContain('my-key');
    expect(slotOf('another-ticket', 'my-key')).not.toBe(slot);
    expect(fingerprintOf('t', 'op', { card: '4242424242424242' })).not.toContain('4242');
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});
