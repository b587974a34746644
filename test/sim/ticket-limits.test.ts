import { describe, expect, it } from 'vitest';
import { DEMO_TICKETS_CLIENT } from '../../sim/demo-credentials.js';
import { sampleFile } from '../helpers/sample-files.js';
import { useSimulator } from './sim-client.js';

const TICKETS = '/api/v1/support-tickets/';
const MB = 1024 * 1024;
const { sim, call } = useSimulator();

const fields = { customerId: 'demo-customer', title: 'Hello', description: 'World' };
type File = { name: string; bytes: Buffer };

async function accessToken(): Promise<string> {
  const basic = Buffer.from(`${DEMO_TICKETS_CLIENT.id}:${DEMO_TICKETS_CLIENT.secret}`).toString('base64');
  const res = await call('/oauth2/token/', { method: 'POST', body: 'grant_type=client_credentials', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Create Support Ticket straight at the simulator, as the gateway sends it: its status and JSON answer. */
async function create(form: Record<string, string>, files: File[] = []): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = new FormData();
  for (const [name, value] of Object.entries(form)) body.append(name, value);
  for (const file of files) body.append('attachments', new Blob([file.bytes]), file.name);
  const res = await fetch(`${sim().url}${TICKETS}`, { method: 'POST', headers: { authorization: `Bearer ${await accessToken()}` }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A PDF of `size` bytes (its signature, then padding). */
const pdf = (name: string, size: number): File => ({ name, bytes: sampleFile('pdf', size) });

/** The ticket service's own limits (seed 001), whatever the gateway checks before it. */
describe('ticket service limits (seed 001)', () => {
  it('refuses a 26 MB file with 413, and takes one of exactly 25 MB', async () => {
    const over = await create(fields, [pdf('big.pdf', 26 * MB)]);
    expect(over).toMatchObject({ status: 413, body: { error_id: 'tickets-too_large', error: '"big.pdf" is larger than 25 MB' } });
    const exact = await create(fields, [pdf('edge.pdf', 25 * MB)]);
    expect(exact).toMatchObject({ status: 202, body: { status: 'PENDING', uploadedDocuments: [{ fileName: 'edge.pdf', size: 25 * MB }] } });
  }, 60_000);

  it('refuses 51 MB in all (three files of 17 MB) with 413, and takes 50 MB', async () => {
    const over = await create(fields, [pdf('a.pdf', 17 * MB), pdf('b.pdf', 17 * MB), pdf('c.pdf', 17 * MB)]);
    expect(over).toMatchObject({ status: 413, body: { error_id: 'tickets-too_large', error: 'The attachments are larger than 50 MB in all' } });
    const exact = await create(fields, [pdf('a.pdf', 25 * MB), pdf('b.pdf', 25 * MB)]);
    expect(exact.status).toBe(202);
  }, 60_000);

  it('refuses a 241-character title and a 5001-character description with 400; 240 and 5000 characters pass', async () => {
    const title = await create({ ...fields, title: 't'.repeat(241) });
    expect(title).toMatchObject({ status: 400, body: { error_id: 'tickets-bad_request', error: '"title" must be at most 240 characters' } });
    const description = await create({ ...fields, description: 'd'.repeat(5001) });
    expect(description).toMatchObject({ status: 400, body: { error_id: 'tickets-bad_request', error: '"description" must be at most 5000 characters' } });
    // Characters, not UTF-16 units: 240 emoji are 480 units.
    const edge = await create({ ...fields, title: '😀'.repeat(240), description: 'd'.repeat(5000) });
    expect(edge).toMatchObject({ status: 202, body: { status: 'PENDING', title: '😀'.repeat(240) } });
  });

  it('refuses 6 files with 400, and takes 5', async () => {
    const png = (i: number): File => ({ name: `${i}.png`, bytes: sampleFile('png') });
    const six = await create(fields, Array.from({ length: 6 }, (_, i) => png(i)));
    expect(six).toMatchObject({ status: 400, body: { error_id: 'tickets-too_many_files', error: 'At most 5 files per request' } });
    const five = await create(fields, Array.from({ length: 5 }, (_, i) => png(i)));
    expect(five.status).toBe(202);
    expect(five.body.uploadedDocuments).toHaveLength(5);
  });

  it('refuses a .exe with 400 naming the file and the allowed kinds', async () => {
    const exe = await create(fields, [{ name: 'setup.exe', bytes: Buffer.from('MZ\x90\x00') }]);
    expect(exe).toMatchObject({ status: 400, body: { error_id: 'tickets-bad_extension', error: expect.stringMatching(/^"setup\.exe" is not one of jpg, jpeg, png, webp, mp4, mov, avi, webm, pdf$/) } });
    const upper = await create(fields, [{ name: 'SCAN.PDF', bytes: sampleFile('pdf') }]);
    expect(upper.status).toBe(202);
  });
});
