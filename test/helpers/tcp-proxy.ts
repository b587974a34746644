import net from 'node:net';

/**
 * A TCP forwarder on a free port, so that a test can cut a service off (and bring it
 * back) without owning the service: with REDIS_URL pointing at a shared Redis, we
 * must not stop that Redis, but we can stop reaching it.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => resolve()) : resolve();
      server = undefined;
    });
  return {
    get port() {
      return port;
    },
    /** Drops every connection and stops listening: the service looks dead. */
    cut,
    /** Listens again on the same port. */
    restore: listen,
  };
}
