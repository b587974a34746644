import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** How much of a spooled file a reader takes from disk at a time (node's default, 64 KB, made the upload measurably slower). */
const READ_BYTES = 1024 * 1024;

/**
 * How far one upload's spooling has got: what its first bytes showed it to be, how many of
 * its bytes are on disk, and how it ended. Readers can follow the file while it is still
 * being written ({@link follow}), which is how an upload goes upstream as it arrives.
 */
export class SpoolProgress {
  /** The file's name as it goes upstream; set once checked. */
  fileName: string | undefined = undefined;
  /** The media type its first bytes showed; set once they matched its extension. */
  contentType: string | undefined = undefined;
  /** Bytes on disk (written, not only queued). */
  written = 0;
  /** Set once every byte is on disk, or once the upload was refused or cut short. */
  outcome: { complete: true } | { failed: unknown } | undefined = undefined;
  /** True once its type is known; false when it ended otherwise. */
  readonly typed: Promise<boolean>;
  private settleTyped!: (typed: boolean) => void;
  private waiting: Array<() => void> = [];
  private readonly followers = new Set<Readable>();

  constructor(readonly path: string) {
    this.typed = new Promise((resolve) => (this.settleTyped = resolve));
  }

  get complete(): boolean {
    return this.outcome !== undefined && 'complete' in this.outcome;
  }

  markTyped(contentType: string): void {
    this.contentType = contentType;
    this.settleTyped(true);
  }

  advance(bytes: number): void {
    this.written += bytes;
    this.wake();
  }

  finish(): void {
    this.outcome ??= { complete: true };
    this.settleTyped(this.contentType !== undefined);
    this.wake();
  }

  fail(error: unknown): void {
    this.outcome ??= { failed: error };
    this.settleTyped(false);
    this.wake();
  }

  /**
   * The file's bytes from disk: up to what is written, then on as more is, until the last
   * (or the spool's failure, which the stream then fails with).
   */
  follow(): Readable {
    const stream = Readable.from(this.chunks(), { objectMode: false });
    this.followers.add(stream);
    stream.once('close', () => this.followers.delete(stream));
    return stream;
  }

  /** Stops every reader still open (a request that ended before its upstream call read everything). */
  close(): void {
    this.fail(new Error('The upload is no longer available.'));
    for (const stream of this.followers) stream.destroy();
  }

  private async *chunks(): AsyncGenerator<Buffer> {
    const handle = await open(this.path, 'r');
    try {
      let position = 0;
      for (;;) {
        const outcome = this.outcome;
        if (outcome && 'failed' in outcome) throw outcome.failed;
        if (position < this.written) {
          const buffer = Buffer.allocUnsafe(Math.min(READ_BYTES, this.written - position));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          if (bytesRead === 0) throw new Error('A spooled file is shorter than the bytes written to it.');
          position += bytesRead;
          yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
        } else if (outcome) return;
        else await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
    } finally {
      await handle.close();
    }
  }

  private wake(): void {
    if (this.waiting.length === 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
