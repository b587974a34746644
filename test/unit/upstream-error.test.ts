import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromMalformedBody, fromTransportFailure, fromUpstreamResponse } from '../../src/datasources/rest/upstream-error.js';

/** The error body of seed 003 (lines 1187-1192), verbatim. */
const badVersionBody = String.raw`{
"error": "Unsupported version. Your Mobile App needs to be updated.",
"error_data": null,
"error_id": "payments-bad_version",
"error_object": null
}`;

/** A body shaped like every payments error (seed 003). */
function body(error: string, errorId: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ error, error_data: null, error_id: errorId, error_object: null, ...extra });
}

describe('fromUpstreamResponse', () => {
  it('gives BAD_USER_INPUT for 400 with the upstream error as the message when the endpoint maps its error_id (seed bad_version body)', () => {
    const err = fromUpstreamResponse('payments', 400, badVersionBody, { userErrors: ['payments-bad_version'] });
    expect(err).toBeInstanceOf(GraphQLError);
    expect(err.message).toBe('Unsupported version. Your Mobile App needs to be updated.');
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.upstream).toEqual({
      service: 'payments',
      status: 400,
      errorId: 'payments-bad_version',
      error: 'Unsupported version. Your Mobile App needs to be updated.',
    });
  });

  it('keeps the status and error_id but not the text of a 4xx whose error_id the endpoint does not map', () => {
    const err = fromUpstreamResponse('payments', 400, badVersionBody);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.message).not.toContain('Mobile App');
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 400, errorId: 'payments-bad_version' });
    const noId = fromUpstreamResponse('tickets', 422, JSON.stringify({ message: 'customer has no email' }), { userErrors: ['x'] });
    expect(noId.message).not.toContain('customer');
    expect(noId.extensions.upstream).toEqual({ service: 'tickets', status: 422 });
  });

  it('never echoes a 5xx, even with a mapped error_id', () => {
    const text = body('NullPointerException at Db.connect password=hunter2', 'payments-bad_version');
    const err = fromUpstreamResponse('payments', 500, text, { userErrors: ['payments-bad_version'] });
    expect(JSON.stringify({ message: err.message, extensions: err.extensions })).not.toMatch(/hunter2|NullPointer/);
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 500, errorId: 'payments-bad_version' });
  });

  it('cuts card numbers and the caller\'s credentials out of an echoed message', () => {
    const text = body('Card 4242 4242 4242 4242 declined for ticket demo-secret-ticket', 'payments-card_declined');
    const err = fromUpstreamResponse('payments', 400, text, { userErrors: ['payments-card_declined'], secrets: ['demo-secret-ticket'] });
    expect(err.message).toBe('Card [redacted] declined for ticket [redacted]');
    expect(err.extensions.upstream?.error).toBe(err.message);
  });

  it('keeps dates and short numbers in an echoed message', () => {
    const text = body('Downgrade possible from 2026-05-12 (52 weeks), amount 510', 'payments-downgrade_too_early');
    expect(fromUpstreamResponse('payments', 409, text, { userErrors: ['payments-downgrade_too_early'] }).message).toBe(
      'Downgrade possible from 2026-05-12 (52 weeks), amount 510',
    );
  });

  it('drops an error_id that is not an identifier', () => {
    const err = fromUpstreamResponse('payments', 400, body('x', 'password=hunter2 and more'));
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 400 });
  });

  it('gives a message of its own for a 400 without an error text', () => {
    const err = fromUpstreamResponse('payments', 400, '{}');
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.message.length).toBeGreaterThan(0);
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 400 });
  });

  it.each([
    [401, 'UNAUTHENTICATED', 'payments-unauthorized', 'Unauthorized'],
    [403, 'FORBIDDEN', 'payments-forbidden', 'Forbidden'],
    [404, 'NOT_FOUND', 'payments-not_found', 'Not found'],
    [409, 'CONFLICT', 'payments-conflict', 'Version mismatch'],
    [413, 'PAYLOAD_TOO_LARGE', 'payments-too_large', 'Too large'],
    [429, 'RATE_LIMITED', 'payments-rate_limited', 'Slow down'],
    [500, 'UPSTREAM_UNAVAILABLE', 'payments-internal_error', 'Internal error'],
    [502, 'UPSTREAM_UNAVAILABLE', 'payments-bad_gateway', 'Bad gateway'],
    [503, 'UPSTREAM_UNAVAILABLE', 'payments-unavailable', 'Unavailable'],
    [504, 'UPSTREAM_TIMEOUT', 'payments-timeout', 'Gateway timeout'],
  ])('maps %i to %s and keeps the status and error_id in extensions.upstream', (status, code, errorId, error) => {
    const err = fromUpstreamResponse('payments', status, body(error, errorId));
    expect(err.extensions.code).toBe(code);
    expect(err.extensions.upstream).toEqual({ service: 'payments', status, errorId });
  });

  it.each([401, 403, 404, 409, 413, 429, 500, 502, 503, 504])('uses its own message, not the upstream text, for %i', (status) => {
    const err = fromUpstreamResponse('payments', status, body('java.lang.NullPointerException at Foo.bar(Foo.java:42)', 'x'));
    expect(err.message).not.toContain('NullPointerException');
    expect(err.message.length).toBeGreaterThan(0);
  });

  it('gives FEATURE_DISABLED for 403 with the error code 20061', () => {
    for (const text of [
      JSON.stringify({ code: 20061, error: 'Support tickets are not enabled' }),
      JSON.stringify({ code: '20061' }),
      JSON.stringify({ error_code: 20061 }),
      body('Not enabled', 'tickets-20061'),
    ]) {
      const err = fromUpstreamResponse('tickets', 403, text);
      expect(err.extensions.code).toBe('FEATURE_DISABLED');
      expect(err.extensions.upstream).toMatchObject({ service: 'tickets', status: 403 });
    }
  });

  it('keeps FORBIDDEN for a 403 with another code, and 20061 on other statuses changes nothing', () => {
    expect(fromUpstreamResponse('tickets', 403, JSON.stringify({ code: 20062 })).extensions.code).toBe('FORBIDDEN');
    expect(fromUpstreamResponse('tickets', 404, JSON.stringify({ code: 20061 })).extensions.code).toBe('NOT_FOUND');
  });

  it('gives RATE_LIMITED with retryAfter from the Retry-After header', () => {
    const err = fromUpstreamResponse('payments', 429, body('Slow down', 'payments-rate_limited'), { retryAfterHeader: '30' });
    expect(err.extensions.code).toBe('RATE_LIMITED');
    expect(err.extensions.retryAfter).toBe(30);
  });

  it('gives no retryAfter for a 429 without a usable Retry-After', () => {
    expect(fromUpstreamResponse('payments', 429, '{}').extensions).not.toHaveProperty('retryAfter');
    expect(fromUpstreamResponse('payments', 429, '{}', { retryAfterHeader: 'soon' }).extensions).not.toHaveProperty('retryAfter');
  });

  it('gives retryAfter only for 429', () => {
    expect(fromUpstreamResponse('payments', 503, '{}', { retryAfterHeader: '30' }).extensions).not.toHaveProperty('retryAfter');
  });

  it('maps a non-JSON body by status alone', () => {
    const err = fromUpstreamResponse('payments', 502, '<html><body>502 Bad Gateway</body></html>');
    expect(err.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 502 });
    expect(err.message).not.toContain('html');

    const bad = fromUpstreamResponse('payments', 400, 'Bad Request');
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.upstream).toEqual({ service: 'payments', status: 400 });
  });

  it('maps an empty body, a JSON array and a JSON string by status alone', () => {
    for (const text of ['', '[]', '"oops"', 'null']) {
      const err = fromUpstreamResponse('payments', 404, text);
      expect(err.extensions.code).toBe('NOT_FOUND');
      expect(err.extensions.upstream).toEqual({ service: 'payments', status: 404 });
    }
  });

  it('treats unexpected statuses as UPSTREAM_UNAVAILABLE and 408 as UPSTREAM_TIMEOUT', () => {
    expect(fromUpstreamResponse('payments', 302, '').extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(fromUpstreamResponse('payments', 415, '').extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(fromUpstreamResponse('payments', 408, '').extensions.code).toBe('UPSTREAM_TIMEOUT');
  });

  it('keeps a big numeric error_id digit for digit', () => {
    const err = fromUpstreamResponse('payments', 400, '{"error": "bad", "error_id": 123456789012345678901}');
    expect(err.extensions.upstream?.errorId).toBe('123456789012345678901');
  });
});

describe('fromTransportFailure', () => {
  it('gives UPSTREAM_TIMEOUT for a timeout', () => {
    const err = fromTransportFailure('payments', true);
    expect(err.extensions.code).toBe('UPSTREAM_TIMEOUT');
    expect(err.extensions.upstream).toEqual({ service: 'payments' });
  });

  it('gives UPSTREAM_UNAVAILABLE for a refused or reset connection', () => {
    const err = fromTransportFailure('tickets', false);
    expect(err.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.extensions.upstream).toEqual({ service: 'tickets' });
  });
});

describe('fromMalformedBody', () => {
  it('gives UPSTREAM_UNAVAILABLE with the service and status', () => {
    const err = fromMalformedBody('payments', 200);
    expect(err.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.extensions.upstream).toEqual({ service: 'payments', status: 200 });
  });
});
