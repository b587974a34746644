import { isIP, type BlockList } from 'node:net';

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `::ffff:127.0.0.1` is 127.0.0.1: dual-stack sockets report IPv4 peers that way. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which
 * case X-Forwarded-For is read from the right, skipping trusted proxies, and the first
 * address that is not one is the client. Note: anything left of that address was written
 * by the client itself and proves nothing, so it is never used.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, proxies: BlockList): string {
  let client = plain(peer ?? 'unknown');
  if (!trusted(proxies, client) || forwardedFor === undefined) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((h) => plain(h.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trusted(proxies, hop)) return hop;
  }
  return client;
}
