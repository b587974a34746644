import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import type { Logger } from '../../src/lib/logger.js';
import { closeRuntime, createRuntime } from '../../src/runtime.js';

// Each part the context may build on first use, counted as it is constructed.
const { built, counted } = vi.hoisted(() => {
  const built = { tickets: 0, idempotency: 0, loginAttempts: 0 };
  /** The module with its class `name` replaced by a subclass that counts constructions under `key`. */
  function counted<M extends object>(mod: M, name: keyof M, key: keyof typeof built): M {
    const Base = mod[name] as unknown as new (...args: unknown[]) => object;
    class Counted extends Base {
      constructor(...args: unknown[]) {
        super(...args);
        built[key]++;
      }
    }
    return { ...mod, [name]: Counted };
  }
  return { built, counted };
});

vi.mock('../../src/datasources/tickets/ticket-service.datasource.js', async (importOriginal) =>
  counted(await importOriginal<typeof import('../../src/datasources/tickets/ticket-service.datasource.js')>(), 'TicketServiceDataSource', 'tickets'),
);
vi.mock('../../src/idempotency/idempotency.js', async (importOriginal) =>
  counted(await importOriginal<typeof import('../../src/idempotency/idempotency.js')>(), 'Idempotency', 'idempotency'),
);
vi.mock('../../src/ratelimit/login-attempts.js', async (importOriginal) =>
  counted(await importOriginal<typeof import('../../src/ratelimit/login-attempts.js')>(), 'LoginAttempts', 'loginAttempts'),
);

const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const config = loadConfig({ PAYMENTS_API_URL: 'http://127.0.0.1:1', TICKETS_API_URL: 'http://127.0.0.1:1', TICKETS_CLIENT_ID: 'c', TICKETS_CLIENT_SECRET: 's' });
const runtime = createRuntime(config, silent);
afterAll(() => closeRuntime(runtime));
beforeEach(() => Object.assign(built, { tickets: 0, idempotency: 0, loginAttempts: 0 }));

/** What Apollo Server 5 does with each operation's context (ApolloServer.js, cloneObject). */
function apolloCopy<T extends object>(context: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(context) as object | null), context) as T;
}

describe('the operation context, as Apollo Server copies it', () => {
  it('builds the ticket service, idempotency and the login budget only when read, once each', () => {
    const copy = apolloCopy(createContext(runtime, { sessionTicket: 'demo-user' }, { requestId: 'r1', clientIp: '127.0.0.1' }));
    expect(built).toEqual({ tickets: 0, idempotency: 0, loginAttempts: 0 });
    // Payments is there from the start: nearly every operation reads it.
    expect(copy.payments).toBeDefined();
    expect(copy.tickets).toBe(copy.tickets);
    expect(built).toEqual({ tickets: 1, idempotency: 0, loginAttempts: 0 });
    expect(copy.idempotency).toBe(copy.idempotency);
    expect(copy.loginAttempts).toBe(copy.loginAttempts);
    expect(built).toEqual({ tickets: 1, idempotency: 1, loginAttempts: 1 });
  });

  it('renews into a fresh context for the same caller, request id and cookies', () => {
    const context = apolloCopy(createContext(runtime, { sessionTicket: 'demo-user' }, { requestId: 'r2', clientIp: '127.0.0.1' }));
    const tickets = context.tickets;
    const renewed = context.renew();
    expect(renewed).not.toBe(context);
    expect(renewed.requestId).toBe('r2');
    expect(renewed.cookies).toBe(context.cookies);
    expect(renewed.tickets).not.toBe(tickets);
    expect(built.tickets).toBe(2);
  });
});
