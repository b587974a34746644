/**
 * Reads a V8 .cpuprofile (what `node --cpu-prof` writes) and sums its samples
 * by category and by function, for bench/profile.ts.
 */
import { readFileSync } from 'node:fs';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, as V8 writes it. */
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The part of Chrome DevTools' .cpuprofile format this reads; times in µs of the monotonic clock. */
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock in µs (process.hrtime, which V8's sample times share on Linux). */
export interface Window {
  fromUs: number;
  toUs: number;
}

export interface FunctionTime {
  frame: CallFrame;
  inclusiveMs: number;
  selfMs: number;
}

/** Busy time of one profile, split up. */
export interface Breakdown {
  busyMs: number;
  /** False when no sample fell in the window and the whole profile was used instead. */
  windowed: boolean;
  /** Largest first. */
  categories: { name: string; ms: number }[];
  /** Largest inclusive time first. */
  functions: FunctionTime[];
}

// Not CPU the process spent on anything: waiting, or V8 outside any JS it can name.
const NOT_BUSY = new Set(['(idle)', '(program)', '(root)']);

// got and the packages only it brings in (its timings and HTTP/2 helpers included).
const GOT = /\/node_modules\/(got|p-cancelable|@sindresorhus|cacheable-[^/]+|responselike|lowercase-keys|decompress-response|http2-wrapper|form-data-encoder|byte-counter|@szmarczak)\//;
const PACKAGES: [RegExp, string][] = [
  [GOT, 'got'],
  [/\/node_modules\/(@apollo\/[^/]+|negotiator)\//, 'apollo'],
  [/\/node_modules\/graphql\//, 'graphql-js'],
  [/\/node_modules\/type-graphql\//, 'type-graphql'],
  [/\/node_modules\/dataloader\//, 'dataloader'],
  [/\/node_modules\/prom-client\//, 'prom-client'],
  [/\/node_modules\/(ioredis|@ioredis\/[^/]+)\//, 'ioredis'],
];

/** The category a frame belongs to, or undefined when the sample's time goes to its caller's. */
function categoryOf(frame: CallFrame, root: string): string | undefined {
  if (frame.functionName === '(garbage collector)') return 'gc';
  const url = frame.url;
  if (/\/node_modules\/lossless-json\//.test(url) || url.endsWith(`${root}/dist/src/lib/lossless-json.js`)) return 'lossless-json';
  for (const [pattern, name] of PACKAGES) if (pattern.test(url)) return name;
  if (url.includes('/node_modules/')) return undefined;
  const own = /^(?:file:\/\/)?(.*)$/.exec(url)?.[1] ?? '';
  if (!own.startsWith(`${root}/`)) return undefined;
  const rel = own.slice(root.length + 1);
  // Top-level modules (context.js, schema.js…) keep their file name so they cannot pass for a directory.
  const ours = /^dist\/src\/([^/]+)/.exec(rel);
  if (ours) return `ours:${ours[1]}`;
  const baseline = /^bench\/contenders\/([^/]+?)(\.[cm]?[tj]s)?$/.exec(rel);
  return baseline ? `baseline:${baseline[1]}` : undefined;
}

/**
 * µs of self time per node id: each sample lasts until the next one, as in
 * DevTools. Only samples taken inside `window`, when given.
 */
function selfTimes(profile: CpuProfile, window: Window | undefined): Map<number, number> {
  const self = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = i + 1 < profile.samples.length ? t + (profile.timeDeltas[i + 1] ?? 0) : profile.endTime;
    if (window && (t < window.fromUs || t > window.toUs)) continue;
    const id = profile.samples[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + Math.max(0, next - t));
  }
  return self;
}

interface Totals {
  frame: CallFrame;
  inclusiveUs: number;
  selfUs: number;
}

function totalsOf(byFunction: Map<string, Totals>, frame: CallFrame): Totals {
  const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;
  let totals = byFunction.get(key);
  if (!totals) byFunction.set(key, (totals = { frame, inclusiveUs: 0, selfUs: 0 }));
  return totals;
}

/** Splits the busy samples of `file` (inside `window` if any fell there) by category and by function. */
export function analyzeProfile(file: string, window: Window, root: string, top: number): Breakdown {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  let self = selfTimes(profile, window);
  const windowed = self.size > 0;
  if (!windowed) self = selfTimes(profile, undefined);

  const categories = new Map<string, number>();
  const byFunction = new Map<string, Totals>();
  let busyUs = 0;
  for (const [id, us] of self) {
    const leaf = byId.get(id);
    if (!leaf || NOT_BUSY.has(leaf.callFrame.functionName) || us === 0) continue;
    busyUs += us;
    let category: string | undefined;
    // Recursion would count a function twice for one sample.
    const seen = new Set<Totals>();
    for (let node: ProfileNode | undefined = leaf; node && node.callFrame.functionName !== '(root)'; node = parent.get(node.id)) {
      category ??= categoryOf(node.callFrame, root);
      const totals = totalsOf(byFunction, node.callFrame);
      if (node === leaf) totals.selfUs += us;
      if (!seen.has(totals)) totals.inclusiveUs += us;
      seen.add(totals);
    }
    const name = category ?? 'node/other';
    categories.set(name, (categories.get(name) ?? 0) + us);
  }

  const functions = [...byFunction.values()]
    .sort((a, b) => b.inclusiveUs - a.inclusiveUs)
    .slice(0, top)
    .map(({ frame, inclusiveUs, selfUs }): FunctionTime => ({ frame, inclusiveMs: inclusiveUs / 1000, selfMs: selfUs / 1000 }));
  const byCategory = [...categories].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  return { busyMs: busyUs / 1000, windowed, categories: byCategory, functions };
}
