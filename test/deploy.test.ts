import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { startHarness, type Harness } from './helpers/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

/** Every variable the gateway's config module reads, taken from its source, so this list cannot fall behind it. */
function configVariables(): Set<string> {
  const source = ['src/config.ts', 'src/ticket-service.config.ts', 'sim/sim-env.ts'].map(read).join('\n');
  const names = [...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|(?:env, |value\()'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]!);
  return new Set(names);
}

type Doc = Record<string, any>;
const manifests: Doc[] = readdirSync(`${root}deploy/kubernetes`)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(read(`deploy/kubernetes/${f}`)).map((d) => d.toJS() as Doc));
const byKind = (kind: string): Doc => {
  const doc = manifests.find((m) => m.kind === kind);
  if (!doc) throw new Error(`no ${kind} in deploy/kubernetes`);
  return doc;
};

describe('the Kubernetes manifests', () => {
  const deployment = byKind('Deployment');
  const container = deployment.spec.template.spec.containers[0];
  const env: Record<string, Doc> = Object.fromEntries((container.env as Doc[]).map((e) => [e.name, e]));
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('set only variables the config module reads, and values it accepts', () => {
    const known = configVariables();
    for (const name of Object.keys(env)) expect(known, `${name} is not read by src/config.ts`).toContain(name);
    const plain = Object.fromEntries(Object.entries(env).filter(([, e]) => typeof e.value === 'string').map(([n, e]) => [n, e.value as string]));
    // Secrets come from the Secret; any value of the right shape stands for them here.
    const secrets = { TICKETS_CLIENT_ID: 'client', TICKETS_CLIENT_SECRET: 'secret' };
    expect(() => loadConfig({ ...plain, ...secrets, PAYMENTS_API_URL: 'https://p', TICKETS_API_URL: 'https://t' })).not.toThrow();
    const config = byKind('ConfigMap');
    expect(() => loadConfig({ ...plain, ...secrets, ...config.data })).not.toThrow();
    for (const name of ['REDIS_URL', 'WEBHOOK_SECRET', 'TICKETS_CLIENT_ID', 'TICKETS_CLIENT_SECRET']) {
      expect(env[name]?.valueFrom?.secretKeyRef, `${name} comes from the Secret`).toBeDefined();
    }
  });

  it('listen on the port PORT names, and probe paths the gateway serves', async () => {
    const port = container.ports.find((p: Doc) => p.name === 'http');
    expect(String(port.containerPort)).toBe(env.PORT?.value);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    for (const path of ['/readyz', '/healthz']) expect((await fetch(h.gateway.url.replace('/graphql', path))).status).toBe(200);
  });

  it('give the pod longer to stop than the gateway takes to drain', () => {
    const graceMs = Number(env.SHUTDOWN_GRACE_MS?.value);
    const preStop = Number(container.lifecycle.preStop.exec.command[1]) * 1000;
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(graceMs + preStop);
  });

  it('tie the Service, the PodDisruptionBudget and the autoscaler to the Deployment', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const service = byKind('Service');
    expect(service.spec.selector).toEqual(labels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(byKind('PodDisruptionBudget').spec.selector.matchLabels).toEqual(labels);
    const hpa = byKind('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('run as a non-root user on a read-only root filesystem, with a writable /tmp', () => {
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
  });
});

describe('the Dockerfile and the compose file', () => {
  const dockerfile = read('Dockerfile');

  it('build in two stages and run the built entry as the unprivileged node user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "--no-flush-bytecode", "--enable-source-maps", "dist\/src\/index.js"\]$/m);
    expect(existsSync(`${root}dist/src/index.js`)).toBe(true);
    for (const copied of [...dockerfile.matchAll(/^COPY (?!--from)(\S+)/gm)].map((m) => m[1]!)) {
      expect(existsSync(`${root}${copied}`), `COPY ${copied}`).toBe(true);
    }
  });

  it('expose the default port and check /healthz', () => {
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    expect(dockerfile).toMatch(/PORT=4000/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(loadConfig({}).port).toBe(4000);
  });

  it('compose the gateway with Redis, on variables the config module reads', () => {
    const compose = parse(read('compose.yaml')) as Doc;
    const gateway = compose.services.gateway;
    expect(gateway.ports).toContain('4000:4000');
    const known = configVariables();
    for (const name of Object.keys(gateway.environment)) expect(known).toContain(name);
    expect(gateway.environment.REDIS_URL).toBe('redis://redis:6379');
    expect(() => loadConfig(gateway.environment)).not.toThrow();
    expect(gateway.healthcheck.test.join(' ')).toMatch(/\/healthz/);
    expect(gateway.depends_on.redis.condition).toBe('service_healthy');
  });
});
