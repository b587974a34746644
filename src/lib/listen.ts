import type { Server } from 'node:net';

/** The port a server was to listen on is taken; the message names it and the setting to change. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly setting: string,
  ) {
    super(`Port ${port} is already in use; stop what is using it, or set ${setting} to a free port.`);
  }
}

/** Listens, turning a busy port into a {@link PortInUseError} instead of a raw EADDRINUSE. */
export function listen(server: Server, port: number, host: string, setting: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port, setting) : err);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
