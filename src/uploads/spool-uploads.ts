import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileUpload } from 'graphql-upload-minimal';
import { BadUserInputError, PayloadTooLargeError } from '../errors/gateway-errors.js';
import { ByteBudget, drain, spoolFile, type SpooledFile } from './spool-file.js';
import { allowedExtension, TICKET_UPLOAD_LIMITS, type AllowedExtension } from './upload-limits.js';

/**
 * What the Upload scalar gives a resolver: a promise of the file, resolved when the parser
 * reaches it. Note: type-graphql awaits a top-level argument before the resolver runs (its
 * argument checks are async), so `file: Upload!` arrives as the file itself; inside an
 * input object or a list it stays a promise.
 */
export type UploadValue = Promise<FileUpload> | FileUpload;

/** A client-sent file name as it may go upstream: the base name, 1 to 255 printable characters. */
function checkedName(raw: string): { fileName: string; extension: AllowedExtension } {
  const fileName = raw.split(/[\\/]/).pop()?.trim() ?? '';
  if (fileName === '' || fileName.length > 255 || !fileName.isWellFormed() || /[\p{Cc}]/u.test(fileName)) {
    throw new BadUserInputError('Every file needs a name of 1 to 255 printable characters.');
  }
  const extension = allowedExtension(fileName);
  if (!extension) throw new BadUserInputError(`"${fileName}" is not allowed: files must be ${TICKET_UPLOAD_LIMITS.extensions.join(', ')}.`);
  return { fileName, extension };
}

/** The multipart parser's refusals (graphql-upload-minimal's HttpError) in our codes. */
function uploadError(error: unknown): Error {
  const status = (error as { status?: unknown }).status;
  if (status === 413) return new PayloadTooLargeError('A file is larger than 25 MB.');
  if (status === 400 || status === undefined) return new BadUserInputError('A file of the request is missing, or used twice.');
  return error instanceof Error ? error : new Error(String(error));
}

async function spoolOne(value: UploadValue, path: string, budget: ByteBudget, signal: AbortSignal): Promise<SpooledFile> {
  const upload = Promise.resolve(value);
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
  aborted.catch(() => {});
  // Whatever happens to this request, a file the parser still has to reach is drained when it comes.
  upload.then((file) => startDrain(file), () => {});
  const file = await Promise.race([upload.catch((error: unknown) => Promise.reject(uploadError(error))), aborted]);
  let stream: Readable;
  try {
    stream = file.createReadStream();
  } catch (error) {
    throw uploadError(error);
  }
  let name;
  try {
    name = checkedName(file.filename);
  } catch (error) {
    drain(stream);
    throw error;
  }
  return spoolFile(stream, path, name, budget, signal);
}

/** Drains a file no one read (createReadStream throws for one already taken: then there is nothing to do). */
function startDrain(file: FileUpload): void {
  setImmediate(() => {
    try {
      drain(file.createReadStream());
    } catch {
      // Already being read (spooled or drained).
    }
  });
}

/**
 * Spools the uploads of one request to a private temporary directory, all at once (they
 * arrive one after the other in the body), checking every limit of seed 001 while the
 * bytes arrive: count, extension, 25 MB each, 50 MB in all, and first bytes matching the
 * extension. Then `use` gets the checked files; the directory is removed afterwards
 * whatever happened, on a refusal or a client that went away too.
 *
 * Note: a file never sits in memory (only its first 4 KB, to tell its type), and nothing
 * is sent upstream before every file has passed: a refused request never reaches it.
 */
export async function withSpooledUploads<T>(uploads: readonly UploadValue[], use: (files: SpooledFile[]) => Promise<T>): Promise<T> {
  if (uploads.length > TICKET_UPLOAD_LIMITS.maxFiles) throw new BadUserInputError(`At most ${TICKET_UPLOAD_LIMITS.maxFiles} files per request.`);
  if (uploads.length === 0) return use([]);
  const dir = await mkdtemp(join(tmpdir(), 'gateway-upload-'));
  try {
    const budget = new ByteBudget(TICKET_UPLOAD_LIMITS.maxTotalBytes);
    const stop = new AbortController();
    const spooled = uploads.map((upload, i) =>
      spoolOne(upload, join(dir, String(i)), budget, stop.signal).catch((error: unknown) => {
        // The first refusal stops every other file: the answer need not wait for the rest of the body.
        stop.abort(error);
        throw error;
      }),
    );
    const results = await Promise.allSettled(spooled);
    if (stop.signal.aborted) throw stop.signal.reason;
    return await use(results.map((result) => (result as PromiseFulfilledResult<SpooledFile>).value));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
