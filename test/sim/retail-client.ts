import { expect } from 'vitest';
import { generateCodeResponse } from '../../sim/fixtures/retail-code.fixture.js';
import type { useSimulator } from './sim-client.js';

export const BASE = '/payments-service/retail_connect/v1';
export const PARTICIPANT = 'urn:authenticateit:participant:735879621218609';
export const S = 'urn:authenticateit:retail_connect:session:';
/** The seed session whose example updates the seed walks. */
export const WALKED = `${S}a84a4c8a-de3c-4dfd-bc62-8a563af97e38`;
export const SEED_CODE = (JSON.parse(generateCodeResponse) as { code: string }).code;
export const TERMINAL = { authenticateit_terminal_device: 'demo-terminal' };

/** An update body. */
export const step = (sessionId: string, metadata: Record<string, unknown>) => ({ session_id: sessionId, status_metadata: metadata });

/** Retail calls against one test file's simulator, as demo-user and as the demo terminal. */
export function retailClient({ call }: ReturnType<typeof useSimulator>) {
  const asTerminal = (path: string, init: { method?: string; body?: string } = {}) => call(path, { ticket: 'demo-participant', headers: TERMINAL, ...init });
  const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body));
  return {
    asTerminal,
    updateAsUser: (body: unknown) => call(`${BASE}/sessions/session/update/user`, { ticket: 'demo-user', method: 'PUT', body: text(body) }),
    updateAsTerminal: (body: unknown) => asTerminal(`${BASE}/sessions/session/update/terminal`, { method: 'PUT', body: text(body) }),
    readSession: (id: string, ticket = 'demo-user') => call(`${BASE}/sessions/session?session_id=${encodeURIComponent(id)}`, { ticket }),
    /** A new session of demo-user at the demo terminal (the first code after a reset is the seed's, so a second is asked for). */
    async newSession(): Promise<{ id: string; code: string }> {
      await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' });
      const code = ((await (await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' })).json()) as { code: string }).code;
      const res = await asTerminal(`${BASE}/sessions/session/init`, { method: 'POST', body: JSON.stringify({ code }) });
      expect(res.status).toBe(200);
      return { id: ((await res.json()) as { id: string }).id, code };
    },
  };
}
