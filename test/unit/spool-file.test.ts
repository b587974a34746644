import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteBudget, spoolFile } from '../../src/uploads/spool-file.js';
import { SpoolProgress } from '../../src/uploads/spool-progress.js';
import { SIGNATURES } from '../helpers/sample-files.js';

const CHUNK = 64 * 1024;
const CHUNKS = 128; // 8 MB, in the chunk size a socket delivers

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spool-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A PDF of 8 MB as an upload stream delivers it, counting how often the spool pauses it. */
function upload(): { stream: Readable; pauses: () => number } {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < CHUNKS; i++) {
      const chunk = Buffer.alloc(CHUNK, 0x20);
      if (i === 0) SIGNATURES.pdf.copy(chunk);
      yield chunk;
    }
  }
  const stream = Readable.from(chunks(), { objectMode: false });
  let pauses = 0;
  stream.on('pause', () => pauses++);
  return { stream, pauses: () => pauses };
}

describe('spooling an upload to disk', () => {
  it('writes every byte, and lets the upload run on while the disk catches up (not one pause per chunk)', async () => {
    const { stream, pauses } = upload();
    const path = join(dir, 'statement.pdf');
    const spooled = await spoolFile(stream, { fileName: 'statement.pdf', extension: 'pdf' }, new ByteBudget(50 * 1024 * 1024), new AbortController().signal, new SpoolProgress(path));
    expect(spooled).toMatchObject({ path, fileName: 'statement.pdf', contentType: 'application/pdf', size: CHUNK * CHUNKS });
    expect((await stat(path)).size).toBe(CHUNK * CHUNKS);
    // With node's default write buffer (16 KB) every 64 KB chunk paused the upload (128 here);
    // one pause is the signature check, the rest are the disk falling 1 MB behind.
    expect(pauses()).toBeLessThan(CHUNKS / 4);
  });
});
