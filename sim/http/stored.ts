import { seedJsonBytes } from './seed-json.js';

/** A value the simulator serves, with the exact bytes it goes out as. */
export interface Stored<T> {
  readonly body: Buffer;
  readonly value: T;
}

/** A seed example as state: served as its own bytes, digit for digit, until it changes. */
export function fromFixture<T>(text: string): Stored<T> {
  return { body: Buffer.from(text, 'utf8'), value: JSON.parse(text) as T };
}

/** A value the simulator changed: served in the seeds' layout. */
export function stored<T>(value: T): Stored<T> {
  return { body: seedJsonBytes(value), value };
}
