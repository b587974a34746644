import type { Workload } from './workloads.js';

/**
 * Compares a response body with a workload's expected data and returns what is
 * wrong with it (empty when correct). Key order is ignored: the contract fixes
 * the shape, not the order in which a server writes keys.
 */
export function checkResponse(workload: Workload, status: number, body: string): string[] {
  if (status !== 200) return [`HTTP ${status}: ${clip(body)}`];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [`not JSON: ${clip(body)}`];
  }
  if (!isRecord(parsed)) return [`not an object: ${clip(body)}`];
  const problems: string[] = [];
  if (parsed['errors'] !== undefined) problems.push(`errors: ${clip(JSON.stringify(parsed['errors']))}`);
  diff(workload.expected, parsed['data'], 'data', problems);
  return problems;
}

function diff(expected: unknown, actual: unknown, path: string, out: string[]): void {
  // Note: bounded so that a completely wrong answer yields a readable report.
  if (out.length >= 5) return;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return void out.push(`${path}: expected a list, got ${show(actual)}`);
    if (actual.length !== expected.length) out.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
    expected.forEach((item, i) => diff(item, actual[i], `${path}[${i}]`, out));
    return;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return void out.push(`${path}: expected an object, got ${show(actual)}`);
    for (const key of Object.keys(expected)) diff(expected[key], actual[key], `${path}.${key}`, out);
    for (const key of Object.keys(actual)) if (!(key in expected)) out.push(`${path}.${key}: not asked for`);
    return;
  }
  if (expected !== actual) out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : clip(JSON.stringify(value));
}

function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
