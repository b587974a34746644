import { startContender, type RunningContender } from './contenders.js';
import { stopSome } from './processes.js';
import type { BenchRedis } from './redis.js';
import type { Validation } from './report.js';
import { validationKey } from './report.js';
import { runRounds } from './rounds.js';
import type { Settings } from './settings.js';
import type { RunRecord } from './stats.js';
import { measureUpload, type UploadOutcome } from './upload.js';
import { prepareUpstream } from './upstream-prepare.js';
import { startUpstream } from './upstream-process.js';
import { checkAll } from './validate.js';
import type { Workload } from './workloads.js';

/** What one latency's phase produced. */
export interface PhaseOutcome {
  records: RunRecord[];
  validation: Validation;
  notes: string[];
  upload?: UploadOutcome;
}

/** Where the phase's processes listen and what they share across phases. */
export interface PhaseEnv {
  root: string;
  ports: Map<string, number>;
  redis: BenchRedis | undefined;
  webhookSecret: string;
}

/**
 * One phase: a fresh simulator at `latencyMs` (the setting is read at its
 * start) and fresh contenders over it, the pre-run check, the upload when
 * asked for, the interleaved rounds, then everything of the phase stopped.
 */
export async function runPhase(settings: Settings, workloads: readonly Workload[], latencyMs: number, env: PhaseEnv, withUpload: boolean): Promise<PhaseOutcome> {
  const webhookUrl = `http://127.0.0.1:${env.ports.get('ours') ?? 4000}/webhooks/support-tickets`;
  const upstream = await startUpstream(settings, latencyMs, webhookUrl, env.webhookSecret);
  console.log(`\n== SIM_LATENCY_MS=${latencyMs}: upstream (${settings.upstream}) at ${upstream.url}`);
  const contenders: RunningContender[] = [];
  try {
    for (const name of settings.contenders) {
      const contenderEnv = { root: env.root, upstreamUrl: upstream.url, redisUrl: env.redis?.url, port: env.ports.get(name) ?? 0, webhookSecret: env.webhookSecret };
      contenders.push(await startContender(name, contenderEnv));
      console.log(`${name} ready at ${contenders.at(-1)?.graphqlUrl}`);
    }
    // Note: each phase's contenders are new processes, checked anew; the keys carry the latency.
    const { validation, references } = await checkAll(contenders, workloads, latencyMs, () => prepareUpstream(upstream.url));

    const ours = contenders.find((c) => c.name === 'ours');
    let upload: UploadOutcome | undefined;
    if (withUpload && ours) {
      upload = await measureUpload(ours, { root: env.root, upstreamUrl: upstream.url, redisUrl: env.redis?.url, webhookSecret: env.webhookSecret });
    }
    const redisPort = env.redis ? Number(new URL(env.redis.url).port) : undefined;
    const { records, notes } = await runRounds(settings, workloads, {
      latencyMs,
      contenders,
      upstream,
      references,
      redis: redisPort === undefined ? undefined : { pid: env.redis?.pid, port: redisPort },
    });
    if (ours) console.log(`\nlast output of ours (LOG_LEVEL=warn):\n${ours.child.tail().trim().slice(-1500)}`);
    return { records, validation, notes, ...(upload ? { upload } : {}) };
  } finally {
    await stopSome([...contenders.map((c) => c.child), upstream.child]);
  }
}

