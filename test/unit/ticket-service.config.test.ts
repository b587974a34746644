import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { configError } from '../helpers/config-error.js';

const bothUrls = { PAYMENTS_API_URL: 'http://payments.internal:8080', TICKETS_API_URL: 'https://tickets.internal' };
const clientCredentials = { TICKETS_CLIENT_ID: 'gateway', TICKETS_CLIENT_SECRET: 'client-secret' };
const jwtKey = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig: the ticket service', () => {
  it('ticket service credentials: required with TICKETS_API_URL, oauth2 by default, jwt on request', () => {
    expect(configError(bothUrls).message).toMatch(/TICKETS_CLIENT_ID is required with TICKETS_API_URL/);
    expect(configError({ ...bothUrls, TICKETS_CLIENT_ID: 'gateway' }).message).toContain('TICKETS_CLIENT_SECRET');
    expect(configError({ ...bothUrls, ...clientCredentials, TICKETS_AUTH: 'basic' }).message).toContain('TICKETS_AUTH');
    expect(configError({ ...bothUrls, TICKETS_AUTH: 'jwt', TICKETS_JWT_USER_ID: '123456' }).message).toContain('TICKETS_JWT_KEY');
    const jwt = { ...bothUrls, TICKETS_AUTH: 'jwt', TICKETS_JWT_USER_ID: '123456', TICKETS_JWT_KEY: jwtKey };
    expect(loadConfig(jwt).tickets.auth).toEqual({ kind: 'jwt', appUserId: '123456', keyBase64: jwtKey });
    expect(loadConfig({ ...bothUrls, ...clientCredentials }).tickets.auth).toEqual({ kind: 'oauth2', clientId: 'gateway', clientSecret: 'client-secret' });
    // Without TICKETS_API_URL nothing is required (the embedded start supplies the simulator's client).
    expect(loadConfig({}).tickets.auth).toBeUndefined();
  });

  it('TICKETS_JWT_KEY that is not base64 or too short, without echoing it', () => {
    const jwt = { ...bothUrls, TICKETS_AUTH: 'jwt', TICKETS_JWT_USER_ID: '123456' };
    const notBase64 = configError({ ...jwt, TICKETS_JWT_KEY: 'not base64 at all!' }).message;
    expect(notBase64).toContain('TICKETS_JWT_KEY');
    expect(notBase64).not.toContain('not base64 at all');
    expect(configError({ ...jwt, TICKETS_JWT_KEY: Buffer.alloc(16).toString('base64') }).message).toMatch(/at least 32 bytes/);
  });

  it.each([
    ['TICKET_RECONCILE_AFTER_SECONDS', '0'],
    ['TICKET_POLL_INTERVAL_MS', '50'],
    ['TICKET_STATE_TTL_SECONDS', 'a week'],
  ])('%s=%s', (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });

});
