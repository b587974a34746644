/**
 * Runs every example operation of docs/operations against a fresh simulator and gateway,
 * flow by flow, and writes what the gateway answered to the `.response.json` files (so a
 * maintainer can refresh them after a deliberate change). test/integration/docs.test.ts
 * runs the same flows through {@link runFlow} and compares instead of writing.
 */
import 'reflect-metadata';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Harness } from '../test/helpers/harness.js';
import { browserForm, postForm } from '../test/helpers/multipart.js';
import { startTicketHarness } from '../test/helpers/ticket-harness.js';
import { wsClient, wsSubscribe, type WsResult } from '../test/helpers/ws.js';

/** docs/operations: one folder per flow, each with its flow.json. */
export const OPERATIONS_DIR = fileURLToPath(new URL('../docs/operations/', import.meta.url));

/**
 * A value the gateway or the simulator makes up afresh on every run (a new ticket's id):
 * the docs show `example` in its place, in answers and in the variables of later steps.
 */
export interface GeneratedValue {
  /** Where it first appears in the step's answer, dotted (`data.createSupportTicket.id`). */
  path: string;
  /** What every real value must look like. */
  pattern: string;
  example: string;
}

/** One operation of a flow, as a client sends it. */
export interface FlowStep {
  operation: string;
  headers: Record<string, string>;
  /** `http` (POST JSON, the default), `multipart` (with files) or `websocket` (graphql-ws). */
  transport?: 'http' | 'multipart' | 'websocket';
  /** For multipart: variable path → a file in the flow's folder. */
  files?: Record<string, string>;
  generated?: GeneratedValue[];
}

/** A flow of docs/operations/<name>/flow.json: steps run in order on freshly reset demo data. */
export interface Flow {
  name: string;
  title: string;
  page: string;
  steps: FlowStep[];
}

/** What one step answered, generated values already replaced by their examples. */
export interface StepAnswer {
  step: FlowStep;
  /** The JSON body over HTTP; the list of results over WebSocket. */
  answer: unknown;
}

/** Every flow, in folder order. */
export function readFlows(): Flow[] {
  return readdirSync(OPERATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, ...(JSON.parse(readFileSync(path.join(OPERATIONS_DIR, name, 'flow.json'), 'utf8')) as Omit<Flow, 'name'>) }));
}

/** A file of an operation: `.graphql`, `.variables.json` or `.response.json`. */
export function operationFile(flow: Flow, operation: string, suffix: '.graphql' | '.variables.json' | '.response.json'): string {
  return path.join(OPERATIONS_DIR, flow.name, `${operation}${suffix}`);
}

/** The text a client sends: the file without its final newline (the manifest hashes the same). */
export function operationText(file: string): string {
  return readFileSync(file, 'utf8').trimEnd();
}

function readVariables(flow: Flow, operation: string): Record<string, unknown> | undefined {
  const file = operationFile(flow, operation, '.variables.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

/** `value` with every string that is a key of `swap` replaced by its value. */
function swapStrings(value: unknown, swap: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return swap.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapStrings(item, swap));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swapStrings(item, swap)]));
  }
  return value;
}

function valueAt(value: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

async function postJson(h: Harness, step: FlowStep, query: string, variables: unknown): Promise<unknown> {
  const res = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...step.headers },
    body: JSON.stringify({ query, operationName: step.operation, ...(variables !== undefined && { variables }) }),
  });
  return res.json();
}

async function postMultipart(h: Harness, flow: Flow, step: FlowStep, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const entries = Object.entries(step.files ?? {});
  const files = entries.map(([, name]) => ({ name, bytes: readFileSync(path.join(OPERATIONS_DIR, flow.name, name)) }));
  const form = browserForm(query, variables, entries.map(([variablePath]) => variablePath), files);
  return (await postForm(h.gateway.url, form, step.headers)).body;
}

/** Subscribes over graphql-ws and collects every result until the server completes the subscription. */
async function subscribe(h: Harness, step: FlowStep, query: string, variables: Record<string, unknown> | undefined): Promise<WsResult[]> {
  const client = wsClient(h.wsUrl, step.headers);
  let timer: NodeJS.Timeout | undefined;
  try {
    const sub = wsSubscribe(client, query, variables);
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${step.operation} did not complete within 10 s`)), 10_000)));
    await Promise.race([sub.completed, sub.failed, timeout]);
    const results: WsResult[] = [];
    // Everything the server sent before completing is queued already: drain it.
    for (;;) {
      const next = await sub.next(1).catch(() => undefined);
      if (!next) return results;
      results.push(next);
    }
  } finally {
    clearTimeout(timer);
    await client.dispose();
  }
}

/**
 * Runs a flow's steps in order on the simulator's seed data (reset first). Variables carry
 * the examples of values generated earlier in the flow; they are swapped for the real
 * values on the way out, and back on the way in, so the answers are the same on every run.
 */
export async function runFlow(h: Harness, flow: Flow): Promise<StepAnswer[]> {
  await h.resetSim();
  const toReal = new Map<string, string>();
  const toExample = new Map<string, string>();
  const answers: StepAnswer[] = [];
  for (const step of flow.steps) {
    const query = operationText(operationFile(flow, step.operation, '.graphql'));
    const variables = swapStrings(readVariables(flow, step.operation), toReal) as Record<string, unknown> | undefined;
    const transport = step.transport ?? 'http';
    const answer =
      transport === 'websocket' ? await subscribe(h, step, query, variables)
      : transport === 'multipart' ? await postMultipart(h, flow, step, query, variables ?? {})
      : await postJson(h, step, query, variables);
    for (const generated of step.generated ?? []) {
      const real = valueAt(answer, generated.path);
      if (typeof real !== 'string' || !new RegExp(generated.pattern).test(real)) {
        throw new Error(`${flow.name}/${step.operation}: ${generated.path} is ${JSON.stringify(real)}, not /${generated.pattern}/`);
      }
      toReal.set(generated.example, real);
      toExample.set(real, generated.example);
    }
    answers.push({ step, answer: swapStrings(answer, toExample) });
  }
  return answers;
}

/** The committed form of an answer: two-space JSON and a final newline. */
export function responseText(answer: unknown): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

async function main(): Promise<void> {
  const h = await startTicketHarness();
  try {
    for (const flow of readFlows()) {
      for (const { step, answer } of await runFlow(h, flow)) {
        const file = operationFile(flow, step.operation, '.response.json');
        writeFileSync(file, responseText(answer));
        process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
      }
    }
  } finally {
    await h.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
