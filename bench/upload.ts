import { freePort } from '../test/helpers/redis-server.js';
import { SIGNATURES } from '../test/helpers/sample-files.js';
import { startBaseline, type ContenderEnv, type RunningContender } from './contenders.js';
import { rssMb } from './probe.js';
import { stopSome } from './processes.js';
import { median } from './stats.js';
import { sendMultipart, type StreamedFile } from './upload-client.js';
import { TICKET_HEADER } from './workloads.js';

const MB = 1024 * 1024;
/** One 50 MB upload: two PDFs of 25 MB, each file at the contract's limit and both at the total limit. */
const FILE_BYTES = 25 * MB;
const FILES = 2;
const CREATE =
  'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { status uploadedDocuments { fileName size } } }';
const TICKET_FIELDS: Array<[string, string]> = [
  ['customerId', 'demo-customer'],
  ['title', 'Bench upload'],
  ['description', 'Two large statements.'],
];

/** What the upload measured: ours against a plain pipe of the same bytes, interleaved. */
export interface UploadOutcome {
  bytes: number;
  reps: number;
  oursMs: number[];
  pipeMs: number[];
  oursMBps: number;
  pipeMBps: number;
  /** ours' MB/s over the pipe's (medians). */
  throughputRatio: number;
  oursRssBeforeMb: number;
  /** Largest rise of ours' RSS over its level before an upload, over the measured reps. */
  oursRssRiseMb: number;
  /** The same for the first upload after start (the unmeasured warm-up: code loaded and compiled on first use). */
  oursFirstRssRiseMb: number;
  pipeRssRiseMb: number;
  problems: string[];
}

function files(field: (i: number) => string): StreamedFile[] {
  return Array.from({ length: FILES }, (_, i) => ({ field: field(i), name: `statement-${i}.pdf`, head: SIGNATURES.pdf, size: FILE_BYTES }));
}

/** Runs `send` while sampling `pid`'s RSS every 20 ms; the rise is over the level just before. */
async function sampled<T>(pid: number, send: () => Promise<T>): Promise<{ answer: T; riseMb: number; beforeMb: number }> {
  const beforeMb = rssMb(pid);
  let peak = beforeMb;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  try {
    const answer = await send();
    peak = Math.max(peak, rssMb(pid));
    return { answer, riseMb: peak - beforeMb, beforeMb };
  } finally {
    clearInterval(timer);
  }
}

function oursUpload(url: string) {
  const map = Object.fromEntries(Array.from({ length: FILES }, (_, i) => [String(i), [`variables.input.attachments.${i}`]]));
  const operations = JSON.stringify({
    query: CREATE,
    variables: { input: { ...Object.fromEntries(TICKET_FIELDS), attachments: Array.from({ length: FILES }, () => null) } },
  });
  const headers = { 'apollo-require-preflight': 'true', [TICKET_HEADER]: 'demo-user' };
  return sendMultipart(url, headers, [['operations', operations], ['map', JSON.stringify(map)]], files((i) => String(i)));
}

function checkOurs(status: number, text: string): string | undefined {
  const docs = (JSON.parse(text) as { data?: { createSupportTicket?: { status?: string; uploadedDocuments?: Array<{ size: number }> } } }).data
    ?.createSupportTicket;
  const sizes = docs?.uploadedDocuments?.map((d) => d.size) ?? [];
  const ok = status === 200 && docs?.status === 'PENDING' && sizes.length === FILES && sizes.every((s) => s === FILE_BYTES);
  return ok ? undefined : `ours answered ${status}: ${text.slice(0, 300)}`;
}

/**
 * The Upload workload: one 50 MB createSupportTicket through ours, against a
 * plain node:http pipe (bench/contenders/pipe.ts) of the same file bytes to
 * the simulator's create-ticket endpoint: one unmeasured upload each, then
 * `reps` measured ones each, interleaved.
 */
export async function measureUpload(ours: RunningContender, env: Omit<ContenderEnv, 'port'>, reps = 3): Promise<UploadOutcome> {
  const port = await freePort();
  const pipe = await startBaseline('pipe', { ...env, port });
  const problems: string[] = [];
  const oursMs: number[] = [];
  const pipeMs: number[] = [];
  let oursRise = 0;
  let pipeRise = 0;
  let oursBefore = Number.NaN;
  let oursFirst = Number.NaN;
  try {
    // Note: one unmeasured upload each first: both load and compile their upload path on first use.
    const first = await sampled(ours.child.pid, () => oursUpload(ours.graphqlUrl));
    const firstWrong = checkOurs(first.answer.status, first.answer.text);
    if (firstWrong) problems.push(firstWrong);
    oursFirst = first.riseMb;
    await sendMultipart(`http://127.0.0.1:${port}/`, {}, TICKET_FIELDS, files(() => 'attachments'));
    console.log(`upload warm-up: ours ${first.answer.ms.toFixed(0)} ms (RSS +${first.riseMb.toFixed(1)} MB)`);
    for (let rep = 0; rep < reps; rep++) {
      const a = await sampled(ours.child.pid, () => oursUpload(ours.graphqlUrl));
      const wrong = checkOurs(a.answer.status, a.answer.text);
      if (wrong) problems.push(wrong);
      oursMs.push(a.answer.ms);
      oursRise = Math.max(oursRise, a.riseMb);
      if (rep === 0) oursBefore = a.beforeMb;
      const b = await sampled(pipe.pid, () => sendMultipart(`http://127.0.0.1:${port}/`, {}, TICKET_FIELDS, files(() => 'attachments')));
      if (b.answer.status !== 202) problems.push(`pipe answered ${b.answer.status}: ${b.answer.text.slice(0, 300)}`);
      pipeMs.push(b.answer.ms);
      pipeRise = Math.max(pipeRise, b.riseMb);
      console.log(`upload ${rep + 1}/${reps}: ours ${a.answer.ms.toFixed(0)} ms (RSS +${a.riseMb.toFixed(1)} MB), pipe ${b.answer.ms.toFixed(0)} ms`);
    }
  } finally {
    await stopSome([pipe]);
  }
  const bytes = FILES * FILE_BYTES;
  const mbps = (ms: number): number => bytes / MB / (ms / 1000);
  const oursMBps = mbps(median(oursMs));
  const pipeMBps = mbps(median(pipeMs));
  return { bytes, reps, oursMs, pipeMs, oursMBps, pipeMBps, throughputRatio: oursMBps / pipeMBps, oursRssBeforeMb: oursBefore, oursRssRiseMb: oursRise, oursFirstRssRiseMb: oursFirst, pipeRssRiseMb: pipeRise, problems };
}
