import type { ServerResponse } from 'node:http';

/**
 * Timers for injected and configured latency. They are tracked so that closing
 * the simulator clears every one of them: a test run must not be kept alive,
 * nor a closed simulator answer late.
 */
export class DelayScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  /** Resolves true after `ms`, or false early if the client goes away first (the timer is then cleared). */
  wait(ms: number, res: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      const onClose = (): void => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        res.off('close', onClose);
        resolve(true);
      }, ms);
      this.timers.add(timer);
      res.once('close', onClose);
    });
  }

  /** Clears every pending timer; their waiters never resume, their sockets are closed by the caller. */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
