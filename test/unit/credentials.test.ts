import { describe, expect, it } from 'vitest';
import { readCredentials } from '../../src/server/credentials.js';

describe('readCredentials from HTTP headers', () => {
  it('reads the session ticket from Authorization: Bearer', () => {
    expect(readCredentials({ authorization: 'Bearer demo-user' })).toEqual({ sessionTicket: 'demo-user' });
  });

  it('accepts any case of the Bearer scheme and extra spaces', () => {
    expect(readCredentials({ authorization: 'bearer demo-user' })).toEqual({ sessionTicket: 'demo-user' });
    expect(readCredentials({ authorization: '  BEARER   demo-user  ' })).toEqual({ sessionTicket: 'demo-user' });
  });

  it('reads the session ticket from authenticateit_identity_ticket', () => {
    expect(readCredentials({ authenticateit_identity_ticket: 'demo-participant' })).toEqual({ sessionTicket: 'demo-participant' });
  });

  it('prefers Authorization: Bearer over authenticateit_identity_ticket', () => {
    expect(readCredentials({ authorization: 'Bearer from-bearer', authenticateit_identity_ticket: 'from-header' })).toEqual({
      sessionTicket: 'from-bearer',
    });
  });

  it('falls back to authenticateit_identity_ticket when Authorization is not a Bearer', () => {
    expect(readCredentials({ authorization: 'Basic dXNlcjpwYXNz', authenticateit_identity_ticket: 'demo-user' })).toEqual({
      sessionTicket: 'demo-user',
    });
    expect(readCredentials({ authorization: 'Basic dXNlcjpwYXNz' })).toEqual({});
  });

  it('refuses a Bearer value with spaces in it, and names where it came from', () => {
    expect(readCredentials({ authorization: 'Bearer two words' })).toEqual({ malformed: ['authorization'] });
  });

  it('drops a ticket that is not a legal header value (newline, non-ASCII, too long) and names it', () => {
    for (const ticket of ['demo-user\nX-Injected: 1', 'tïcket', 'a\u2028b', 'x'.repeat(1025)]) {
      expect(readCredentials({ authenticateit_identity_ticket: ticket })).toEqual({ malformed: ['authenticateit_identity_ticket'] });
    }
    expect(readCredentials({ authenticateit_identity_ticket: 'x'.repeat(1024) }).sessionTicket).toHaveLength(1024);
  });

  it('checks device tickets and merchant tokens the same way, keeping what is well formed', () => {
    expect(
      readCredentials({ authenticateit_identity_ticket: 'demo-user', authenticateit_terminal_device: 'term\u0000', 'x-merchant-token': 'm€' }),
    ).toEqual({ sessionTicket: 'demo-user', malformed: ['authenticateit_terminal_device', 'x-merchant-token'] });
  });

  it('reads the device ticket', () => {
    expect(readCredentials({ authenticateit_identity_ticket: 'demo-user', authenticateit_terminal_device: 'demo-terminal' })).toEqual({
      sessionTicket: 'demo-user',
      deviceTicket: 'demo-terminal',
    });
  });

  it('reads the merchant token from x-merchant-token', () => {
    expect(readCredentials({ 'x-merchant-token': 'mt-1' })).toEqual({ merchantToken: 'mt-1' });
  });

  it('reads the merchant token from the BEARER_TOKEN cookie', () => {
    expect(readCredentials({ cookie: 'theme=dark; BEARER_TOKEN=mt-2; lang=en' })).toEqual({ merchantToken: 'mt-2' });
    expect(readCredentials({ cookie: 'BEARER_TOKEN=abc==' })).toEqual({ merchantToken: 'abc==' });
  });

  it('does not take a cookie whose name only contains BEARER_TOKEN', () => {
    expect(readCredentials({ cookie: 'OLD_BEARER_TOKEN=x; BEARER_TOKEN_2=y' })).toEqual({});
  });

  it('prefers x-merchant-token over the cookie', () => {
    expect(readCredentials({ 'x-merchant-token': 'from-header', cookie: 'BEARER_TOKEN=from-cookie' })).toEqual({
      merchantToken: 'from-header',
    });
  });

  it('keeps the merchant token apart from the session ticket', () => {
    expect(
      readCredentials({ authorization: 'Bearer demo-user', 'x-merchant-token': 'mt', authenticateit_terminal_device: 'demo-terminal' }),
    ).toEqual({ sessionTicket: 'demo-user', merchantToken: 'mt', deviceTicket: 'demo-terminal' });
  });

  it('takes the first of repeated header values', () => {
    expect(readCredentials({ authenticateit_identity_ticket: ['first', 'second'] })).toEqual({ sessionTicket: 'first' });
  });

  it('ignores empty and blank values', () => {
    expect(readCredentials({ authorization: '', authenticateit_identity_ticket: '   ', authenticateit_terminal_device: '' })).toEqual({});
    expect(readCredentials({ authorization: 'Bearer ', authenticateit_identity_ticket: 'demo-user' })).toEqual({ sessionTicket: 'demo-user' });
    expect(readCredentials({ 'x-merchant-token': '  ', cookie: 'BEARER_TOKEN=mt' })).toEqual({ merchantToken: 'mt' });
    expect(readCredentials({ cookie: 'BEARER_TOKEN=; other=1' })).toEqual({});
    expect(readCredentials({ authenticateit_identity_ticket: undefined, authorization: null })).toEqual({});
  });

  it('ignores non-string values', () => {
    expect(readCredentials({ authenticateit_identity_ticket: 42, authorization: { token: 'x' } })).toEqual({});
  });

  it('gives no properties at all when nothing is presented', () => {
    const creds = readCredentials({});
    expect(creds).toEqual({});
    expect(Object.keys(creds)).toEqual([]);
  });
});

describe('readCredentials from graphql-ws connectionParams', () => {
  it('reads keys in any case', () => {
    expect(readCredentials({ Authorization: 'Bearer demo-user' })).toEqual({ sessionTicket: 'demo-user' });
    expect(readCredentials({ Authenticateit_Identity_Ticket: 'demo-user', AUTHENTICATEIT_TERMINAL_DEVICE: 'demo-terminal' })).toEqual({
      sessionTicket: 'demo-user',
      deviceTicket: 'demo-terminal',
    });
    expect(readCredentials({ 'X-Merchant-Token': 'mt' })).toEqual({ merchantToken: 'mt' });
  });

  it('reads merchantToken', () => {
    expect(readCredentials({ merchantToken: 'mt' })).toEqual({ merchantToken: 'mt' });
  });
});
