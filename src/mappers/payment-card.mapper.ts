import { BadUserInputError } from '../errors/gateway-errors.js';

/** A payment provider's card token (Stripe: tok_…, card_…, pm_…): letters, digits, `_` and `-`. */
const CARD_TOKEN = /^[A-Za-z0-9_-]{1,255}$/;
/** What a card number looks like, grouped or not: 12 to 19 digits. */
const CARD_NUMBER_LIKE = /^\d(?:[\s-]?\d){11,18}$/;

/**
 * The card token setPaymentCard sends in the URL path. Note: a raw card number is refused
 * whatever its check digit, since it would travel in a URL (and so into access logs);
 * the message never repeats the value.
 */
export function toCardToken(token: string): string {
  const text = token.trim();
  if (CARD_NUMBER_LIKE.test(text)) {
    throw new BadUserInputError('"token" looks like a card number: tokenise the card with the payment provider and send its token.');
  }
  if (!CARD_TOKEN.test(text)) throw new BadUserInputError('"token" is not a card token: 1 to 255 letters, digits, "_" or "-".');
  return text;
}
