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

/**
 * got's `createNativeRequestOptions` without its one costly line. Same keys, same values,
 * same order: the object literal there starts with two spreads and then sets 30
 * properties, and in Node 20's V8 a spread followed by properties is built property by
 * property on a slow path: about 60 µs per upstream call, 5.7 % of the home screen's CPU
 * (profiled with `npm run bench:profile -- W2`). HTTP/2 requests keep got's own.
 */
function fastNativeRequestOptions(this: Options, original: () => NativeOptions): NativeOptions {
  const self = this as unknown as OptionsInternals;
  const internals = self._internals;
  if (internals.http2) return original.call(this);
  const https = internals.https;
  const agent = internals.url?.protocol === 'https:' ? internals.agent.https : internals.agent.http;
  return Object.assign({}, internals.cacheOptions, self._unixOptions, {
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
    agent,
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

/** Whether two native option objects have the same keys in the same order, with the same values. */
function sameOptions(a: NativeOptions, b: NativeOptions): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length && keys.every((key, i) => others[i] === key && Object.is(a[key], b[key]));
}

let installed: boolean | undefined;

/**
 * Puts {@link fastNativeRequestOptions} in place of got's, once per process, but only when
 * both give the same object for sample requests (http and https, with a body and TLS
 * settings): a got whose method has changed keeps its own, and nothing else changes.
 * Returns whether it was installed.
 */
export function installFastNativeRequestOptions(): boolean {
  if (installed !== undefined) return installed;
  const proto = Options.prototype as unknown as { createNativeRequestOptions: () => NativeOptions };
  const original = proto.createNativeRequestOptions;
  const fast = function (this: Options): NativeOptions {
    return fastNativeRequestOptions.call(this, original);
  };
  const samples = [
    new Options('http://127.0.0.1:1/a?b=c', { method: 'POST', headers: { accept: 'application/json' }, body: '{}', timeout: { request: 1000 } }),
    new Options('https://127.0.0.1:1/a', { https: { rejectUnauthorized: false, minVersion: 'TLSv1.2' }, cacheOptions: { shared: false } }),
  ];
  installed = samples.every((sample) => sameOptions(original.call(sample), fast.call(sample)));
  if (installed) proto.createNativeRequestOptions = fast;
  return installed;
}
