/**
 * The ticket service's background work (processing a ticket, retrying a webhook). Every
 * timer and every outgoing request is tracked, so a reset or a closed simulator stops
 * them all: a test must not be kept alive, nor a reset simulator call a webhook for a
 * ticket it has forgotten.
 */
export class TicketJobs {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly aborter = new AbortController();

  /** Aborted on dispose: pass it to outgoing requests. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  /** Runs `job` after `ms`, unless disposed first. */
  after(ms: number, job: () => void | Promise<void>): void {
    if (this.aborter.signal.aborted) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      Promise.resolve()
        .then(job)
        .catch((error: unknown) => console.error('[sim] ticket job failed:', error));
    }, ms);
    this.timers.add(timer);
  }

  /** Cancels every pending job and in-flight request. */
  dispose(): void {
    this.aborter.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
