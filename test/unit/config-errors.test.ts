import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { configError } from '../helpers/config-error.js';

const bothUrls = { PAYMENTS_API_URL: 'http://payments.internal:8080', TICKETS_API_URL: 'https://tickets.internal' };

describe('loadConfig refuses bad values with a ConfigError naming the variable', () => {
  it.each(['abc', '70000', '65536', '-1', '4e3', '80.5'])('PORT=%s', (port) => {
    expect(configError({ PORT: port }).message).toContain('PORT');
  });

  it('REDIS_URL=http://x', () => {
    expect(configError({ REDIS_URL: 'http://x' }).message).toContain('REDIS_URL');
  });

  it('REDIS_URL that is not a URL', () => {
    expect(configError({ REDIS_URL: 'localhost:6379' }).message).toContain('REDIS_URL');
    expect(configError({ REDIS_URL: 'not a url' }).message).toContain('REDIS_URL');
  });

  it.each(['cache', 'cache:', ':6379', 'cache:0', 'cache:65536', 'cache:6379,', 'redis://cache:6379', 'a:1 b:2'])('REDIS_CLUSTER_NODES=%s', (nodes) => {
    expect(configError({ REDIS_CLUSTER_NODES: nodes }).message).toContain('REDIS_CLUSTER_NODES');
  });

  it('REDIS_CLUSTER_NODES with REDIS_URL, and a mistaken URL with a password not echoed', () => {
    const message = configError({ REDIS_URL: 'redis://cache:6379', REDIS_CLUSTER_NODES: 'cache-0:6379' }).message;
    expect(message).toContain('REDIS_URL');
    expect(message).toContain('REDIS_CLUSTER_NODES');
    expect(configError({ REDIS_CLUSTER_NODES: 'redis://:s3cr3t-pa55@cache:6379' }).message).not.toContain('s3cr3t-pa55');
  });

  it('PAYMENTS_API_URL without TICKETS_API_URL, and the other way round', () => {
    const message = configError({ PAYMENTS_API_URL: 'http://payments' }).message;
    expect(message).toContain('PAYMENTS_API_URL');
    expect(message).toContain('TICKETS_API_URL');
    expect(configError({ TICKETS_API_URL: 'http://tickets' }).message).toContain('TICKETS_API_URL');
  });

  it('PAYMENTS_API_URL that is not http(s)', () => {
    expect(configError({ ...bothUrls, PAYMENTS_API_URL: 'ftp://payments' }).message).toContain('PAYMENTS_API_URL');
    expect(configError({ ...bothUrls, TICKETS_API_URL: 'tickets.internal' }).message).toContain('TICKETS_API_URL');
  });

  it('LOG_LEVEL=loud', () => {
    expect(configError({ LOG_LEVEL: 'loud' }).message).toContain('LOG_LEVEL');
  });

  it.each([
    // Shorter than 16 characters.
    ['WEBHOOK_SECRET', 'short-secret', 'short-secret'],
    // A typo in the port makes the URL unparsable; the message must still not print the credential.
    ['REDIS_URL', 'redis://:s3cr3t-pa55@cache:63 79', 's3cr3t-pa55'],
  ])('%s refused without echoing its secret', (name, value, secret) => {
    const message = configError({ [name]: value }).message;
    expect(message).toContain(name);
    expect(message).not.toContain(secret);
  });

  it('WEBHOOK_SECRET of 16 characters', () => {
    expect(loadConfig({ WEBHOOK_SECRET: '0123456789abcdef' }).webhookSecret).toBe('0123456789abcdef');
  });

  it.each([
    ['PLANS_CACHE_TTL_SECONDS', '0'],
    ['LOCAL_CACHE_TTL_MS', '60001'],
    ['FEE_RANGE_CACHE_TTL_SECONDS', '301'],
    ['COMPILE_AFTER_RUNS', '1001'],
    ['FAST_LANE', 'sometimes'],
    ['CIRCUIT_FAILURES', '0'],
    ['CIRCUIT_OPEN_MS', '5'],
    ['UPSTREAM_TIMEOUT_MS', '10'],
    ['MAX_BODY_BYTES', '1mb'],
    ['SHUTDOWN_GRACE_MS', '-5'],
  ])('%s=%s', (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });

  it('has the name ConfigError', () => {
    expect(configError({ PORT: 'abc' }).name).toBe('ConfigError');
  });
});
