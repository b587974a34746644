import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../../src/lib/trusted-proxies.js';
import { clientAddress } from '../../src/server/client-address.js';

const none = parseTrustedProxies('');
const proxies = parseTrustedProxies('10.0.0.0/8, 127.0.0.1, fd00::/8');

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', '1.2.3.4', none)).toBe('127.0.0.1');
  });

  it('reads X-Forwarded-For from the right through trusted proxies only', () => {
    expect(clientAddress('10.1.2.3', '198.51.100.9', proxies)).toBe('198.51.100.9');
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.9, 10.9.9.9', proxies)).toBe('198.51.100.9');
    // What the client wrote itself (left of the first untrusted hop) is never believed.
    expect(clientAddress('127.0.0.1', 'spoofed, 198.51.100.9', proxies)).toBe('198.51.100.9');
  });

  it('stops at a hop that is not an address', () => {
    expect(clientAddress('10.1.2.3', 'not-an-ip', proxies)).toBe('10.1.2.3');
  });

  it('refuses a TRUSTED_PROXIES entry that is neither address nor range', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, localhost')).toThrow(/localhost/);
    expect(() => parseTrustedProxies('10.0.0.0/x')).toThrow();
  });
});
