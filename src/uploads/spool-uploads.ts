import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileUpload } from 'graphql-upload-minimal';
import { ErrorCode } from '../errors/error-codes.js';
import { BadUserInputError, hasCode, PayloadTooLargeError } from '../errors/gateway-errors.js';
import type { BodyLayout, MultipartScan } from './multipart-scan.js';
import { ByteBudget, drain, spooledFile, spoolFile, type SpooledFile } from './spool-file.js';
import { SpoolProgress } from './spool-progress.js';
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
  // The client went away mid-body: its doing, so a client code, not an internal error.
  if (status === 499) return new BadUserInputError('The request ended before its files did.');
  if (status === 400 || status === undefined) return new BadUserInputError('A file of the request is missing, or used twice.');
  return error instanceof Error ? error : new Error(String(error));
}

async function spoolOne(value: UploadValue, progress: SpoolProgress, budget: ByteBudget, signal: AbortSignal): Promise<SpooledFile> {
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
  return spoolFile(stream, name, budget, signal, progress);
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
 * Whether no file of the body can break a limit any more, whatever is still to come. Note:
 * a GraphQL multipart request's first two parts are its operations and its map
 * (graphql-upload-minimal refuses a file before them), so its files are among the parts
 * after those: each that has ended is within 25 MB, and what can still come is too.
 */
function withinLimits(layout: BodyLayout | undefined): boolean {
  if (!layout || layout.ended.length < 2) return false;
  const files = layout.ended.slice(2);
  const total = files.reduce((sum, size) => sum + size, layout.rest);
  return files.every((size) => size <= TICKET_UPLOAD_LIMITS.maxFileBytes) && layout.rest <= TICKET_UPLOAD_LIMITS.maxFileBytes && total <= TICKET_UPLOAD_LIMITS.maxTotalBytes;
}

/** True once every file is typed, one is still arriving and the body can no longer break a limit; false when that moment will not come. */
async function sendableEarly(progress: readonly SpoolProgress[], body: MultipartScan): Promise<boolean> {
  if (!(await Promise.all(progress.map((p) => p.typed))).every(Boolean)) return false;
  return !progress.every((p) => p.complete) && withinLimits(body.layout());
}

/**
 * Spools the uploads of one request to a private temporary directory, all at once (they
 * arrive one after the other in the body), checking every limit of seed 001 while the
 * bytes arrive: count, extension, 25 MB each, 50 MB in all, and first bytes matching the
 * extension. Then `use` gets the checked files; the directory is removed afterwards
 * whatever happened, on a refusal or a client that went away too.
 *
 * Nothing is sent upstream before every limit is sure to hold: a refused request never
 * reaches it. That is when every file has arrived, or earlier when `body` (the request's
 * scan) shows that the body, by its declared length, cannot hold a file or a total over
 * the limits, and every file's first bytes have been checked. Then `use` gets the files
 * still arriving too, read from disk as they arrive, so that sending overlaps receiving.
 * A client that goes away after that point leaves the upstream a request cut short; one too
 * slow for the operation's budget gets its request sent again once every byte is in.
 *
 * Note: a file never sits in memory (only its first 4 KB, to tell its type).
 */
export async function withSpooledUploads<T>(uploads: readonly UploadValue[], use: (files: SpooledFile[]) => Promise<T>, body?: MultipartScan): Promise<T> {
  if (uploads.length > TICKET_UPLOAD_LIMITS.maxFiles) throw new BadUserInputError(`At most ${TICKET_UPLOAD_LIMITS.maxFiles} files per request.`);
  if (uploads.length === 0) return use([]);
  const dir = await mkdtemp(join(tmpdir(), 'gateway-upload-'));
  const progress = uploads.map((_, i) => new SpoolProgress(join(dir, String(i))));
  try {
    const budget = new ByteBudget(TICKET_UPLOAD_LIMITS.maxTotalBytes);
    const stop = new AbortController();
    const spooled = uploads.map((upload, i) =>
      spoolOne(upload, progress[i]!, budget, stop.signal).catch((error: unknown) => {
        progress[i]!.fail(error);
        // The first refusal stops every other file: the answer need not wait for the rest of the body.
        stop.abort(error);
        throw error;
      }),
    );
    const settled = Promise.allSettled(spooled);
    const early = body !== undefined && (await Promise.race([settled.then(() => false), sendableEarly(progress, body)]));
    if (!early || stop.signal.aborted) {
      await settled;
      if (stop.signal.aborted) throw stop.signal.reason;
      return await use(progress.map(spooledFile));
    }
    const [outcome] = await Promise.allSettled([use(progress.map(spooledFile))]);
    // Out of time while the client was still sending: the upstream never had the whole body.
    const outpaced = outcome!.status === 'rejected' && hasCode(outcome!.reason, ErrorCode.UpstreamTimeout) && !progress.every((p) => p.complete);
    // The upstream has answered (or failed); the answer waits for the body's end all the same.
    await settled;
    // A file cut short after the upstream call began: the call was aborted, and the cut is the answer.
    if (stop.signal.aborted) throw stop.signal.reason;
    // A client slower than the budget: sent again now that every byte is in, as if never sent early.
    if (outpaced) return await use(progress.map(spooledFile));
    if (outcome!.status === 'rejected') throw outcome!.reason;
    return outcome!.value;
  } finally {
    for (const p of progress) p.close();
    await rm(dir, { recursive: true, force: true });
  }
}
