import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { BadUserInputError, PayloadTooLargeError } from '../errors/gateway-errors.js';
import { mediaTypeOf, SIGNATURE_BYTES } from './file-signature.js';
import type { SpoolProgress } from './spool-progress.js';
import { TICKET_UPLOAD_LIMITS, type AllowedExtension } from './upload-limits.js';

/** An upload that passed every check, on disk until the request ends. */
export interface SpooledFile {
  readonly path: string;
  readonly fileName: string;
  /** What the bytes are (from their signature), never what the client claimed. */
  readonly contentType: string;
  /** Its exact size; undefined for a file still arriving, which is sent as it comes (see spool-uploads.ts). */
  readonly size: number | undefined;
  /** Its bytes, from disk; a file still arriving is read up to its last byte as that arrives. */
  open(): Readable;
  /** True while some of it has yet to arrive. */
  arriving(): boolean;
}

/** The file `progress` is spooling, as it stands: complete, or (once typed) still arriving. */
export function spooledFile(progress: SpoolProgress): SpooledFile {
  const size = progress.complete ? progress.written : undefined;
  const { path, fileName } = progress;
  return {
    path,
    fileName: fileName!,
    contentType: progress.contentType!,
    size,
    open: () => progress.follow(),
    arriving: () => !progress.complete,
  };
}

/** The byte allowance of one request, shared by its files. */
export class ByteBudget {
  private used = 0;
  constructor(private readonly limit: number) {}

  /** Counts `bytes`; false once the request is over its allowance. */
  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.limit;
  }
}

const noop = (): void => {};

/**
 * How much of a file may wait in memory for the disk while more arrives (per file). With
 * node's default (16 KB) every 64 KB chunk paused the upload until the disk took it, so
 * receiving and writing took turns.
 */
const SPOOL_BUFFER_BYTES = 1024 * 1024;

/**
 * Lets a file stream run on without us: its bytes are dropped. Note: never destroy a
 * busboy file stream, which stalls the parser and with it the rest of the request.
 */
export function drain(stream: Readable): void {
  stream.removeAllListeners('data');
  stream.on('error', noop);
  stream.resume();
}

/**
 * Writes one upload stream to `progress.path` (created exclusively, private) while
 * counting its bytes against the per-file and per-request limits and checking that its
 * first bytes match `extension`. The first broken rule rejects at once and the rest of the
 * stream is drained, so a 26 MB file costs no more than the bytes read up to the limit.
 * `progress` follows it all: the type once known, each write once on disk, the outcome.
 */
export function spoolFile(
  stream: Readable,
  file: { fileName: string; extension: AllowedExtension },
  budget: ByteBudget,
  signal: AbortSignal,
  progress: SpoolProgress,
): Promise<SpooledFile> {
  progress.fileName = file.fileName;
  return new Promise((resolve, reject) => {
    const out = createWriteStream(progress.path, { flags: 'wx', mode: 0o600, highWaterMark: SPOOL_BUFFER_BYTES });
    const head: Buffer[] = [];
    let headBytes = 0;
    let size = 0;
    let settled = false;
    let contentType: Promise<string | undefined> | undefined;
    const holds = new Set<string>();
    const hold = (why: string): void => void (holds.add(why), stream.pause());
    const release = (why: string): void => {
      holds.delete(why);
      if (holds.size === 0 && !settled) stream.resume();
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      drain(stream);
      out.destroy();
      progress.fail(error);
      reject(error);
    };
    const onAbort = (): void => fail(signal.reason);
    const sniff = (): Promise<string | undefined> =>
      (contentType ??= mediaTypeOf(file.extension, Buffer.concat(head, headBytes)).then((type) => {
        if (type === undefined) fail(new BadUserInputError(`"${file.fileName}" is not a ${file.extension.toUpperCase()} file: its content does not match its extension.`));
        else progress.markTyped(type);
        return type;
      }));
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > TICKET_UPLOAD_LIMITS.maxFileBytes) return fail(new PayloadTooLargeError(`"${file.fileName}" is larger than 25 MB.`));
      if (!budget.take(chunk.length)) return fail(new PayloadTooLargeError('The attachments are larger than 50 MB in all.'));
      const bytes = chunk.length;
      if (!out.write(chunk, (error) => error || progress.advance(bytes))) {
        hold('disk');
        out.once('drain', () => release('disk'));
      }
      if (contentType !== undefined) return;
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SIGNATURE_BYTES) {
        hold('sniff');
        void sniff().then(() => release('sniff'), fail);
      }
    });
    stream.once('end', () => {
      if (settled) return;
      // busboy ends a file at its own limit (ours plus one byte) and flags it.
      if ((stream as Readable & { truncated?: boolean }).truncated) return fail(new PayloadTooLargeError(`"${file.fileName}" is larger than 25 MB.`));
      sniff().then((type) => {
        if (settled || type === undefined) return;
        out.end(() => {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          progress.finish();
          resolve(spooledFile(progress));
        });
      }, fail);
    });
    // The upload stream fails only for the body itself (cut short, malformed, the client gone): the client's doing.
    stream.once('error', () => fail(new BadUserInputError(`The request body ended or broke before "${file.fileName}" did.`)));
    out.once('error', fail);
  });
}
