import type { RunningContender } from './contenders.js';
import { runLoad } from './load.js';
import { validationKey } from './report.js';
import { roundsFor, type Settings } from './settings.js';
import { cpuMsPerOp, upstreamPerOp, type RunRecord } from './stats.js';
import type { RunningUpstream } from './upstream-process.js';
import { prepareUpstream } from './upstream-prepare.js';
import { runsWorkload, workloadRequests, type Workload } from './workloads.js';

/** `list` rotated left by `by`: round r starts with a different contender, so no one always runs first. */
function rotate<T>(list: readonly T[], by: number): T[] {
  const n = by % Math.max(list.length, 1);
  return [...list.slice(n), ...list.slice(0, n)];
}

/** What the rounds measured, and what went wrong on the way. */
export interface RoundsOutcome {
  records: RunRecord[];
  notes: string[];
}

/** Where one phase (one simulator latency) runs. */
export interface Phase {
  latencyMs: number;
  contenders: RunningContender[];
  upstream: RunningUpstream;
  references: Map<string, string>;
  redis: { pid: number | undefined; port: number } | undefined;
}

function logRun(record: RunRecord, rounds: number): void {
  const { result } = record;
  const calls = Object.entries(upstreamPerOp(result))
    .map(([route, n]) => `${n.toFixed(2)} ${route.split('/').pop() ?? route}`)
    .join(', ');
  console.log(
    `${record.latencyMs} ms round ${record.round + 1}/${rounds} ${record.contender.padEnd(8)} ${record.workload.padEnd(6)} ` +
      `${result.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ` +
      `CPU ${cpuMsPerOp(result).toFixed(3)} ms/op  non-2xx ${result.non2xx}  errors ${result.errors}  wrong ${result.verified ? result.mismatches : 'n/a'}  upstream/op: ${calls || '0'}`,
  );
  if (result.firstMismatch !== undefined) console.log(`  first wrong body: ${result.firstMismatch}`);
}

/**
 * Interleaved rounds: each round runs every contender × workload once, in an
 * order rotated from round to round, so that drift on a shared machine (other
 * load, thermal state) spreads over all contenders instead of hitting one.
 * The scale workloads and the phases after the first run fewer rounds
 * (settings.ts). A contender that dies is noted and skipped, and the others still run.
 */
export async function runRounds(settings: Settings, workloads: readonly Workload[], phase: Phase): Promise<RoundsOutcome> {
  const records: RunRecord[] = [];
  const notes: string[] = [];
  const dead = new Set<string>();
  const rounds = (w: Workload): number => roundsFor(settings, phase.latencyMs, w.group);
  const most = Math.max(...workloads.map(rounds));
  for (let round = 0; round < most; round++) {
    for (const contender of rotate(phase.contenders, round)) {
      for (const workload of rotate(workloads, round).filter((w) => round < rounds(w) && runsWorkload(contender.name, w))) {
        if (contender.child.exitCode() !== null) {
          if (!dead.has(contender.name)) {
            notes.push(
              `${contender.name} exited (${String(contender.child.exitCode())}) during the ${phase.latencyMs} ms phase; its later runs were skipped. ` +
                `Its last output:\n\n\`\`\`\n${contender.child.tail().slice(-1500)}\n\`\`\``,
            );
          }
          dead.add(contender.name);
          continue;
        }
        const reference = phase.references.get(validationKey(contender.name, workload.name, phase.latencyMs));
        const result = await runLoad({
          url: contender.graphqlUrl,
          ...workloadRequests(workload),
          connections: workload.connections ?? settings.connections,
          durationSec: settings.durationSec,
          warmupSec: settings.warmupSec,
          ...(reference === undefined ? {} : { expectBody: reference }),
          statsUrl: phase.upstream.statsUrl,
          pids: [contender.child.pid, phase.upstream.pid, ...(phase.redis?.pid === undefined ? [] : [phase.redis.pid])],
          // Note: W5 spends coins; the measured run starts from full wallets, and the state goes back after.
          ...(workload.mutates ? { resetUrl: `${phase.upstream.url}/__sim/reset` } : {}),
          ...(phase.redis ? { redisPort: phase.redis.port } : {}),
        });
        if (workload.mutates) await prepareUpstream(phase.upstream.url);
        const record = { contender: contender.name, workload: workload.name, latencyMs: phase.latencyMs, round, result };
        records.push(record);
        logRun(record, rounds(workload));
      }
    }
  }
  return { records, notes };
}
