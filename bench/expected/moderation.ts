/**
 * The moderation list demo-system sees (seed 003 "Get transfers", newest
 * first) and each entry's review (POST transfer/limits): the limits' level and
 * the user's email, written out from the seed as the simulator serves it.
 */

const TR = 'urn:authenticateit:transaction_request:';

const ROWS: Array<[string, string, string]> = [
  ['1fe053e1-8cf4-4371-a8bc-312c0d65a00b', 'basic', 'ikleeen+813@gmail.com'],
  ['695dea5b-d3cf-4538-b18c-8ff10a6b1e62', 'basic', 'ikleeen+813@gmail.com'],
  ['e335f0d0-2da2-4c10-a848-1853d9bcc7ec', 'basic', 'email+811@gmail.com'],
  ['411991a7-965f-4532-bb68-f0aba52aa825', 'basic', 'email+811@gmail.com'],
  ['232184e3-3cbd-437e-a701-8ef2150d2419', 'basic', 'email+811@gmail.com'],
  ['d31b278c-ea2a-4a0e-94a6-6d7cb78c6472', 'basic', 'email@gmail.com'],
  ['d31b278c-ea2a-4a0e-9999-6d7cb78c6472', 'basic', 'email@gmail.com'],
];

/** `items { id review { limits { level } } audit: review { user { email } } }`. */
export const expectedModeratedItems = ROWS.map(([uuid, level, email]) => ({
  id: `${TR}${uuid}:manual`,
  review: { limits: { level } },
  audit: { user: { email } },
}));
