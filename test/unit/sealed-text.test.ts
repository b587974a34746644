import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SealedText } from '../../src/lib/sealed-text.js';

describe('SealedText', () => {
  const seal = new SealedText('client-secret', 'oauth2-token-cache');

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (text) => {
        const sealed = seal.seal(text);
        expect(seal.open(sealed)).toBe(text);
        if (text.length >= 4) expect(sealed).not.toContain(text);
      }),
    );
  });

  it('opens nothing sealed under another secret or purpose, changed, or not sealed at all', () => {
    const sealed = seal.seal('eyJhbGciOi.token');
    expect(new SealedText('other-secret', 'oauth2-token-cache').open(sealed)).toBeUndefined();
    expect(new SealedText('client-secret', 'another-use').open(sealed)).toBeUndefined();
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(seal.open(raw.toString('base64url'))).toBeUndefined();
    for (const garbage of ['', 'abc', 'eyJhbGciOi.token', '%%%']) expect(seal.open(garbage)).toBeUndefined();
  });

  it('seals the same text differently each time (a fresh nonce)', () => {
    expect(seal.seal('same')).not.toBe(seal.seal('same'));
  });
});
