import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';

const LOGIN = 'mutation Login($email: String!, $password: String!) { merchantLogin(email: $email, password: $password) { token } }';
const LOGIN_ROUTE = 'POST /api/v1/merchant/login/';

describe('merchantLogin has a budget of its own, per account and per address', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    // Every harness request comes from 127.0.0.1: trusting it lets each test speak from its own address.
    h = await startTicketHarness({
      redisUrl: inject('redisUrl'),
      redisKeyPrefix: `test:${randomUUID()}:`,
      env: { LOGIN_ATTEMPTS_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1' },
    });
  });
  afterAll(() => h.close());

  const attempt = (email: string, password: string, from: string) =>
    h.request({ query: LOGIN, variables: { email, password }, headers: { 'x-forwarded-for': from } });

  it('refuses the fourth guess at one account within a minute, from any address, before the upstream hears it', async () => {
    const before = await h.calls(LOGIN_ROUTE);
    for (const from of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      expect((await attempt('merchant@demo.test', 'wrong-guess', from)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    // The right password, a new address, the account in other letters: still the same account's budget.
    const refused = await attempt('Merchant@Demo.TEST', 'demo-password', '203.0.113.4');
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    const retryAfter = refused.errors![0]!.extensions!.retryAfter as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.data).toBeNull();
    expect(await h.calls(LOGIN_ROUTE)).toBe(before + 3);
    // The general request budget is untouched: other operations from that address still run.
    expect((await h.request({ query: '{ __typename }', headers: { 'x-forwarded-for': '203.0.113.4' } })).errors).toBeUndefined();
  });

  it('refuses the fourth login from one address, whichever accounts it tries', async () => {
    const before = await h.calls(LOGIN_ROUTE);
    for (const n of [1, 2, 3]) {
      expect((await attempt(`nobody-${n}@demo.test`, 'x', '198.51.100.7')).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await attempt('someone-else@demo.test', 'x', '198.51.100.7')).errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(await h.calls(LOGIN_ROUTE)).toBe(before + 3);
    // Another address still has its own budget.
    expect((await attempt('nobody-4@demo.test', 'x', '198.51.100.8')).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('counts the account by its hash: no email sits in a Redis key', async () => {
    const { Redis } = await import('ioredis');
    const redis = new Redis(inject('redisUrl'));
    try {
      const keys = await redis.keys('*ratelimit:login*');
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toMatch(/demo\.test|merchant@/i);
    } finally {
      redis.disconnect();
    }
  });
});
