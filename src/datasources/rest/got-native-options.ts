import { checkServerIdentity } from 'node:tls';
import { Options } from 'got';

/** The parts of got's Options this module reads (private in got's types). */
interface OptionsInternals {
  _internals: {
    url: URL | undefined;
    http2: boolean;
    agent: { http?: unknown; https?: unknown };
    https: Record<string, unknown>;
    cacheOptions: Record<string, unknown>;
    dnsLookup?: unknown;
    dnsCache?: { lookup?: unknown } | undefined;
    dnsLookupIpVersion?: unknown;
    setHost?: unknown;
    method: string;
    maxHeaderSize?: unknown;
    localAddress?: unknown;
    headers: unknown;
    createConnection?: unknown;
    h2session?: unknown;
  };
  _unixOptions?: Record<string, unknown>;
}

type NativeOptions = Record<string, unknown>;

/** Options only a TLS connection reads: an http: request ignores them. */
const TLS_KEYS: ReadonlySet<string> = new Set([
  'ALPNProtocols', 'ca', 'cert', 'key', 'passphrase', 'pfx', 'rejectUnauthorized', 'checkServerIdentity', 'servername', 'ciphers',
  'honorCipherOrder', 'minVersion', 'maxVersion', 'sigalgs', 'sessionTimeout', 'dhparam', 'ecdhCurve', 'crl', 'secureOptions',
]);

/**
 * got's `createNativeRequestOptions` without its costly parts. The object literal there
 * starts with two spreads and then sets 30 properties, and in Node 20's V8 a spread
 * followed by properties is built property by property on a slow path: about 60 µs per
 * upstream call, 5.7 % of the home screen's CPU (profiled with `npm run bench:profile --
 * W2`). Then node copies the object twice more per request (ClientRequest assigns it onto
 * the URL's options, the agent's addRequest spreads it again): with got's 35 keys that was
 * about 17 KB of garbage per call, most of the home screen's allocations (sampled with the
 * inspector's heap profiler). So:
 * - an http: request gets only what node reads from it: the keys with a value, TLS
 *   settings left out;
 * - https: gets got's keys and values, in got's order;
 * - HTTP/2 and unix sockets keep got's own.
 */
function fastNativeRequestOptions(this: Options, original: () => NativeOptions): NativeOptions {
  const self = this as unknown as OptionsInternals;
  const internals = self._internals;
  if (internals.http2 || self._unixOptions) return original.call(this);
  if (internals.url?.protocol === 'http:') return leanHttpOptions(internals);
  const https = internals.https;
  return Object.assign({}, internals.cacheOptions, {
    ALPNProtocols: https.alpnProtocols,
    ca: https.certificateAuthority,
    cert: https.certificate,
    key: https.key,
    passphrase: https.passphrase,
    pfx: https.pfx,
    rejectUnauthorized: https.rejectUnauthorized,
    checkServerIdentity: https.checkServerIdentity ?? checkServerIdentity,
    servername: https.serverName,
    ciphers: https.ciphers,
    honorCipherOrder: https.honorCipherOrder,
    minVersion: https.minVersion,
    maxVersion: https.maxVersion,
    sigalgs: https.signatureAlgorithms,
    sessionTimeout: https.tlsSessionLifetime,
    dhparam: https.dhparam,
    ecdhCurve: https.ecdhCurve,
    crl: https.certificateRevocationLists,
    secureOptions: https.secureOptions,
    lookup: internals.dnsLookup ?? internals.dnsCache?.lookup,
    family: internals.dnsLookupIpVersion,
    agent: internals.agent.https,
    setHost: internals.setHost,
    method: internals.method,
    maxHeaderSize: internals.maxHeaderSize,
    localAddress: internals.localAddress,
    headers: internals.headers,
    createConnection: internals.createConnection,
    timeout: undefined,
    h2session: internals.h2session,
  });
}

/** The native options of an http: request: got's non-TLS keys that have a value. */
function leanHttpOptions(internals: OptionsInternals['_internals']): NativeOptions {
  const options: NativeOptions = {};
  for (const key in internals.cacheOptions) if (internals.cacheOptions[key] !== undefined) options[key] = internals.cacheOptions[key];
  setDefined(options, 'lookup', internals.dnsLookup ?? internals.dnsCache?.lookup);
  setDefined(options, 'family', internals.dnsLookupIpVersion);
  setDefined(options, 'agent', internals.agent.http);
  setDefined(options, 'setHost', internals.setHost);
  options['method'] = internals.method;
  setDefined(options, 'maxHeaderSize', internals.maxHeaderSize);
  setDefined(options, 'localAddress', internals.localAddress);
  options['headers'] = internals.headers;
  setDefined(options, 'createConnection', internals.createConnection);
  setDefined(options, 'h2session', internals.h2session);
  return options;
}

function setDefined(options: NativeOptions, key: string, value: unknown): void {
  if (value !== undefined) options[key] = value;
}

/** What node reads from an http: request's options: the non-TLS keys that have a value. */
export function readByHttp(options: NativeOptions): NativeOptions {
  const read: NativeOptions = {};
  for (const [key, value] of Object.entries(options)) if (value !== undefined && !TLS_KEYS.has(key)) read[key] = value;
  return read;
}

/** Whether two native option objects have the same keys, in any order, with the same values. */
function sameEntries(a: NativeOptions, b: NativeOptions): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}

/** Whether two native option objects have the same keys in the same order, with the same values. */
function sameOptions(a: NativeOptions, b: NativeOptions): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length && keys.every((key, i) => others[i] === key && Object.is(a[key], b[key]));
}

let installed: boolean | undefined;

/**
 * Puts {@link fastNativeRequestOptions} in place of got's, once per process, but only when
 * both give the same for sample requests (http: the keys node reads, with their values;
 * https, with TLS settings: the same object): a got whose method has changed keeps its
 * own, and nothing else changes.
 * Returns whether it was installed.
 */
export function installFastNativeRequestOptions(): boolean {
  if (installed !== undefined) return installed;
  const proto = Options.prototype as unknown as { createNativeRequestOptions: () => NativeOptions };
  const original = proto.createNativeRequestOptions;
  const fast = function (this: Options): NativeOptions {
    return fastNativeRequestOptions.call(this, original);
  };
  const http = new Options('http://127.0.0.1:1/a?b=c', { method: 'POST', headers: { accept: 'application/json' }, body: '{}', timeout: { request: 1000 } });
  const https = new Options('https://127.0.0.1:1/a', { https: { rejectUnauthorized: false, minVersion: 'TLSv1.2' }, cacheOptions: { shared: false } });
  installed = sameEntries(readByHttp(original.call(http)), fast.call(http)) && sameOptions(original.call(https), fast.call(https));
  if (installed) proto.createNativeRequestOptions = fast;
  return installed;
}
