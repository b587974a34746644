import { describe, expect, it } from 'vitest';
import { seedJson } from '../../sim/http/seed-json.js';
import * as billing from '../../sim/fixtures/participant-billing-plan.fixture.js';
import * as emails from '../../sim/fixtures/notification-emails.fixture.js';
import * as ethereum from '../../sim/fixtures/participant-ethereum.fixture.js';
import * as payments from '../../sim/fixtures/payment-history.fixture.js';
import * as promo from '../../sim/fixtures/promo-code.fixture.js';
import * as rateCards from '../../sim/fixtures/rate-card.fixture.js';
import * as history from '../../sim/fixtures/topup-history.fixture.js';
import * as topUps from '../../sim/fixtures/topup.fixture.js';

/** Every example response the simulator may serve from state it rebuilt. */
const responses = Object.entries({ ...billing, ...emails, ...ethereum, ...payments, ...promo, ...rateCards, ...history, ...topUps }).filter(
  ([name]) => name.endsWith('Response'),
);

describe('seedJson', () => {
  it.each(responses)('lays %s out byte for byte as the seed prints it', (_name, text) => {
    expect(seedJson(JSON.parse(text))).toBe(text);
  });

  it('writes empty lists and objects on one line', () => {
    expect(seedJson({ a: [], b: {}, c: [1], d: null, e: undefined })).toBe('{\n"a": [],\n"b": {},\n"c": [\n1\n],\n"d": null\n}');
  });
});
