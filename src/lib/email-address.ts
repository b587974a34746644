/** Local part: the characters RFC 5322 allows unquoted (quoted local parts are refused). */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * True for an email address a mail server would take: a local part of at most 64
 * characters, `@`, and a domain of two or more labels ending in a top-level name of
 * letters; at most 254 characters in all. Note: the length is checked first, so the
 * patterns (which cannot backtrack: each repetition starts with a dot) see bounded text.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  const labels = text.slice(at + 1).split('.');
  if (labels.length < 2 || !/^[A-Za-z]{2,63}$/.test(labels.at(-1)!)) return false;
  return LOCAL_PART.test(text.slice(0, at)) && labels.every((label) => DOMAIN_LABEL.test(label));
}
