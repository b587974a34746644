/**
 * JSON laid out as the seeds print their examples: a line break after every `{`, `[` and
 * `,` and before every `}` and `]`, no indentation, `": "` between key and value, `[]` and
 * `{}` when empty, keys in the object's own order. State the simulator builds is served
 * this way, so a state equal to a seed example goes out as that example's bytes (the
 * tests compare them with the fixtures).
 */
export function seedJson(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[\n${value.map(seedJson).join(',\n')}\n]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${JSON.stringify(k)}: ${seedJson(v)}`).join(',\n')}\n}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** {@link seedJson} as response bytes. */
export function seedJsonBytes(value: unknown): Buffer {
  return Buffer.from(seedJson(value), 'utf8');
}
