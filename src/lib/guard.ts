import { DECIMAL_TEXT, INTEGER_TEXT } from './patterns.js';

/**
 * Runtime checks of upstream JSON, written as data: `obj({ id: str, cost: amount })`.
 * A guard answers yes or no without copying anything (it runs on every upstream answer,
 * on the hot path), and its type is inferred from its shape, so assigning it to a
 * `Guard<SomeDto>` makes the compiler check that guard and DTO agree.
 */
export type Guard<T> = (value: unknown) => value is T;

/** A guard for a key that may be absent or null. */
export interface OptionalGuard<T> extends Guard<T | null | undefined> {
  readonly optional: true;
}

/** The type a guard proves. */
export type Guarded<G> = G extends Guard<infer T> ? T : never;

type Shape = Record<string, Guard<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalGuard<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalGuard<unknown> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] };
/** The object type an {@link obj} shape proves: optional guards make optional keys. */
export type ShapeOf<S extends Shape> = Flatten<{ [K in RequiredKeys<S>]: Guarded<S[K]> } & { [K in OptionalKeys<S>]?: Guarded<S[K]> }>;

/** A JSON number the lossless parser kept as text because a double would round it. */
export type JsonNumber = number | string;

/** Any value at all (answers we pass through or ignore). */
export const anything: Guard<unknown> = (_value): _value is unknown => true;
/** A string. */
export const str: Guard<string> = (value): value is string => typeof value === 'string';
/** A boolean. */
export const bool: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
/** A finite JSON number (no text: for counts, percentages, floats the graph gives as Float). */
export const num: Guard<number> = (value): value is number => typeof value === 'number' && Number.isFinite(value);
/** A whole number a double holds exactly. */
export const int: Guard<number> = (value): value is number => typeof value === 'number' && Number.isSafeInteger(value);
/** A whole number, or its digits as text ("03"): for counts and months some answers quote. */
export const intLike: Guard<JsonNumber> = (value): value is JsonNumber =>
  int(value) || (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value));
/**
 * An amount: a finite JSON number, or decimal text (as sent, "415.00", or as the lossless
 * parser kept a long number). Mappers turn it into exact decimal text.
 */
export const amount: Guard<JsonNumber> = (value): value is JsonNumber =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && DECIMAL_TEXT.test(value.trim()));
/** Whole coin base units: an integer JSON number (kept as text past 2^53) or integer text. */
export const coins: Guard<JsonNumber> = (value): value is JsonNumber =>
  (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && INTEGER_TEXT.test(value.trim()));

/** A currency code as the upstreams send it: three letters, any case ("aud", "AUD"). */
export const currency: Guard<string> = (value): value is string => typeof value === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(value);

/** The guard, or absent, or null. */
export function opt<T>(guard: Guard<T>): OptionalGuard<T> {
  const check = (value: unknown): value is T | null | undefined => value === undefined || value === null || guard(value);
  return Object.assign(check, { optional: true as const });
}

/** Exactly null, or the guard. Unlike {@link opt} the key must be present. */
export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

/** One of the given literal values. */
export function oneOf<const V extends readonly (string | number | boolean)[]>(...values: V): Guard<V[number]> {
  return (value): value is V[number] => values.includes(value as V[number]);
}

/** Either of two guards. */
export function either<A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> {
  return (value): value is A | B => a(value) || b(value);
}

/** An array whose every item passes the guard. */
export function arrayOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every((item) => guard(item));
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object whose every value passes the guard (keys are data, e.g. currency codes). */
export function recordOf<T>(guard: Guard<T>): Guard<Record<string, T>> {
  return (value): value is Record<string, T> => isRecord(value) && Object.values(value).every((item) => guard(item));
}

/**
 * An object with at least these keys passing their guards; other keys are ignored (the
 * upstream adds fields freely). Note: only what the graph reads needs a key here.
 */
export function obj<S extends Shape>(shape: S): Guard<ShapeOf<S>> {
  const entries = Object.entries(shape);
  return (value): value is ShapeOf<S> => {
    if (!isRecord(value)) return false;
    // Own keys only: a key the upstream did not send must not be read off Object.prototype.
    for (const [key, guard] of entries) if (!guard(Object.hasOwn(value, key) ? value[key] : undefined)) return false;
    return true;
  };
}
