import { isRecord, type Guard, type Guarded } from './guard.js';
import { OFFSET_DATE_TIME_TEXT } from './patterns.js';

/**
 * A guard for objects whose kind is named by one key (`type: "cashout"`): the key's value
 * picks the guard that checks the rest. `absent` names the kind of an object without the
 * key (the payments service leaves `type` out of its ethereum transfer records). An
 * unknown or missing kind fails.
 */
export function tagged<M extends Record<string, Guard<unknown>>>(key: string, guards: M, absent?: keyof M & string): Guard<Guarded<M[keyof M]>> {
  return (value): value is Guarded<M[keyof M]> => {
    if (!isRecord(value)) return false;
    const raw = Object.hasOwn(value, key) ? value[key] : undefined;
    const tag = raw === undefined || raw === null ? absent : raw;
    if (typeof tag !== 'string' || !Object.hasOwn(guards, tag)) return false;
    return guards[tag]!(value);
  };
}

/** True for an object whose `key` names a kind outside `known` (a kind added upstream after this gateway was written). */
export function hasUnknownTag(key: string, known: ReadonlySet<string>): Guard<Record<string, unknown>> {
  return (value): value is Record<string, unknown> =>
    isRecord(value) && Object.hasOwn(value, key) && typeof value[key] === 'string' && !known.has(value[key]);
}

/** An ISO-8601 date-time as the upstreams send it (Z or an offset); whether it is a real date is the mapper's call. */
export const dateTimeText: Guard<string> = (value): value is string => typeof value === 'string' && OFFSET_DATE_TIME_TEXT.test(value);
