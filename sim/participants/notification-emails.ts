import { SimHttpError, badRequest } from '../http/errors.js';

const EMAIL = /^[^\s@"]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** The profile email inside a user id of the seed's form `urn:authenticateit:user:email:<email>`. */
const EMAIL_USER_ID = 'urn:authenticateit:user:email:';

/** True for an address the service accepts: local part, @, a dotted domain; at most 254 characters. */
export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/**
 * The address a Set email request names: `email`, or the profile email of `user_id`
 * ("If id is user_id then email will be read from user profile"). Exactly one is needed.
 * Note: the simulator knows the profile email of users whose id carries it.
 */
export function emailToAdd(body: unknown): string {
  const { email, user_id: userId } = isObject(body) ? body : {};
  if ((email === undefined) === (userId === undefined)) throw badRequest('Give either email or user_id');
  if (email !== undefined) {
    if (typeof email !== 'string' || !isEmail(email)) throw badRequest('Invalid email', 'payments-bad_email');
    return email;
  }
  const profileEmail = typeof userId === 'string' && userId.startsWith(EMAIL_USER_ID) ? userId.slice(EMAIL_USER_ID.length) : '';
  if (!isEmail(profileEmail)) throw new SimHttpError(404, 'payments-user_not_found', 'User not found');
  return profileEmail;
}

/** The address a Remove email request names: the body is the address as a JSON string (or `{"email": …}`). */
export function emailToRemove(body: unknown): string {
  const email = isObject(body) ? body.email : body;
  if (typeof email !== 'string' || !isEmail(email)) throw badRequest('Invalid email', 'payments-bad_email');
  return email;
}

/** The list with the address added at the end; an address already there (in any case) leaves it as it is. */
export function addEmail(list: readonly string[], email: string): string[] {
  return list.some((e) => e.toLowerCase() === email.toLowerCase()) ? [...list] : [...list, email];
}

/** The list without the address (in any case), or a 404 when it is not there. */
export function removeEmail(list: readonly string[], email: string): string[] {
  const rest = list.filter((e) => e.toLowerCase() !== email.toLowerCase());
  if (rest.length === list.length) throw new SimHttpError(404, 'payments-email_not_found', 'Email not found');
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
