import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../../src/cache/single-flight.js';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs one call per key while it is in flight; the first caller leads', async () => {
    const flights = new SingleFlight();
    const gate = deferred<string>();
    let calls = 0;
    const fn = () => {
      calls++;
      return gate.promise;
    };
    const first = flights.run('k', fn);
    const second = flights.run('k', fn);
    const third = flights.run('k', fn);
    expect(calls).toBe(1);
    expect([first.leader, second.leader, third.leader]).toEqual([true, false, false]);
    gate.resolve('v');
    expect(await Promise.all([first.promise, second.promise, third.promise])).toEqual(['v', 'v', 'v']);
  });

  it('runs different keys independently', async () => {
    const flights = new SingleFlight();
    let calls = 0;
    const a = flights.run('a', async () => (calls++, 'A'));
    const b = flights.run('b', async () => (calls++, 'B'));
    expect(a.leader && b.leader).toBe(true);
    expect(await a.promise).toBe('A');
    expect(await b.promise).toBe('B');
    expect(calls).toBe(2);
  });

  it('starts a new call once the previous one has settled', async () => {
    const flights = new SingleFlight();
    let calls = 0;
    await flights.run('k', async () => ++calls).promise;
    const again = flights.run('k', async () => ++calls);
    expect(again.leader).toBe(true);
    expect(await again.promise).toBe(2);
  });

  it('shares a rejection with every caller, then forgets it', async () => {
    const flights = new SingleFlight();
    const gate = deferred<string>();
    const boom = new Error('boom');
    const first = flights.run('k', () => gate.promise);
    const second = flights.run('k', () => Promise.resolve('never'));
    gate.reject(boom);
    await expect(first.promise).rejects.toBe(boom);
    await expect(second.promise).rejects.toBe(boom);
    const after = flights.run('k', async () => 'fresh');
    expect(after.leader).toBe(true);
    expect(await after.promise).toBe('fresh');
  });
});
