import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../../src/lib/email-address.js';
import { toEmailAddress, toNotificationEmailDto } from '../../src/mappers/notification-email.mapper.js';

describe('isEmailAddress and the notification email input', () => {
  it('accepts ordinary addresses and refuses what a mail server would not take', () => {
    for (const email of ['foo@bar.com', 'some_user@gmail.com', 'billing_test5@mailinator.com', 'a.b+c@sub.example.co.uk']) expect(isEmailAddress(email), email).toBe(true);
    for (const email of ['foo', 'foo@bar', '@bar.com', 'foo@@bar.com', 'foo@bar.c', 'a..b@bar.com', 'foo@-bar.com', 'f oo@bar.com', `${'a'.repeat(65)}@bar.com`, `a@${'b'.repeat(250)}.com`]) {
      expect(isEmailAddress(email), email).toBe(false);
    }
  });

  it('runs in linear time on hostile input', () => {
    const started = performance.now();
    isEmailAddress(`${'a.'.repeat(30)}@${'b-'.repeat(100)}`);
    isEmailAddress(`${'a'.repeat(60)}@${'a.'.repeat(90)}!`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('sends exactly one of email and user_id', () => {
    expect(toNotificationEmailDto(' foo@bar.com ', null)).toEqual({ email: 'foo@bar.com' });
    expect(toNotificationEmailDto(undefined, 'urn:authenticateit:user:email:foo@bar.com')).toEqual({ user_id: 'urn:authenticateit:user:email:foo@bar.com' });
    expect(() => toNotificationEmailDto(null, null)).toThrow(/exactly one/);
    expect(() => toNotificationEmailDto('a@b.com', 'u')).toThrow(/exactly one/);
    expect(() => toEmailAddress('nope')).toThrow(/"email" is not an email address/);
  });
});
