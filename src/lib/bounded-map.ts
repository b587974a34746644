/**
 * Maps `items` through `fn` with at most `limit` calls in flight, results in input order.
 * A rejection becomes that item's Error and the others still run, as a DataLoader batch
 * function must answer: one value or Error per key.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<Array<R | Error>> {
  const results = new Array<R | Error>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (err) {
        results[index] = err instanceof Error ? err : new Error(String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
