import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEMO_APP_USER } from '../../sim/demo-credentials.js';
import { verifyRequestJwt } from '../../sim/tickets/jwt-verify.js';
import { signWebhook } from '../../sim/tickets/webhook-sender.js';
import { JwtRequestAuth } from '../../src/datasources/tickets/jwt-request.auth.js';
import { verifyWebhookSignature } from '../../src/webhooks/webhook-signature.js';

const key = new Uint8Array(Buffer.from(DEMO_APP_USER.key, 'base64'));

describe('JwtRequestAuth (seed 002)', () => {
  it('signs sub, iat in seconds, the path with its query string and the method, header ver 1', async () => {
    const auth = new JwtRequestAuth({ appUserId: '123456', key, basePath: '' });
    const headers: Record<string, string> = {};
    await auth.apply(headers, { method: 'get', path: '/api/customers/search?order=lastname' });
    const token = headers.authorization!.replace(/^Bearer /, '');
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT', ver: 1 });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: '123456', requestPath: '/api/customers/search?order=lastname', requestMethod: 'GET' });
    expect(Math.abs((claims.iat as number) - Date.now() / 1000)).toBeLessThan(5);
    expect(auth.secrets()).toEqual([token]);
  });

  it('signs the full path under a base URL with a path, and the simulator accepts exactly that request', async () => {
    const auth = new JwtRequestAuth({ appUserId: DEMO_APP_USER.id, key, basePath: '/tickets' });
    const headers: Record<string, string> = {};
    await auth.apply(headers, { method: 'POST', path: '/api/v1/support-tickets/?x=1' });
    const token = headers.authorization!.slice(7);
    expect(await verifyRequestJwt(token, 'POST', '/tickets/api/v1/support-tickets/?x=1')).toBe(true);
    expect(await verifyRequestJwt(token, 'POST', '/tickets/api/v1/support-tickets/')).toBe(false);
    expect(await verifyRequestJwt(token, 'GET', '/tickets/api/v1/support-tickets/?x=1')).toBe(false);
    expect(await verifyRequestJwt(token, 'POST', '/tickets/api/v1/support-tickets/?x=1', Date.now() + 301_000)).toBe(false);
  });
});

describe('verifyWebhookSignature', () => {
  const secret = 'test-secret-0123456789';
  const body = '{"id":"evt_1"}';
  const now = Date.UTC(2026, 0, 1);
  const t = now / 1000;

  it("accepts the simulator's signature within five minutes either way, and a rotated secret's second v1", () => {
    expect(verifyWebhookSignature(secret, body, signWebhook(secret, body, t), now)).toEqual({ ok: true });
    expect(verifyWebhookSignature(secret, body, signWebhook(secret, body, t - 300), now).ok).toBe(true);
    const rotated = `${signWebhook('old-secret-0123456789', body, t)},v1=${signWebhook(secret, body, t).split('v1=')[1]}`;
    expect(verifyWebhookSignature(secret, body, rotated, now).ok).toBe(true);
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and malformed headers', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, `${body} `, header, now)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyWebhookSignature('another-secret-0123', body, header, now).ok).toBe(false);
    expect(verifyWebhookSignature(secret, body, signWebhook(secret, body, t - 301), now)).toEqual({ ok: false, reason: 'stale or future timestamp' });
    expect(verifyWebhookSignature(secret, body, signWebhook(secret, body, t + 301), now).ok).toBe(false);
    for (const bad of [undefined, '', 't=1', 'v1=abc', `t=${t},v1=${'z'.repeat(64)}`, 'x'.repeat(2000)]) {
      expect(verifyWebhookSignature(secret, body, bad, now).ok).toBe(false);
    }
  });
});
