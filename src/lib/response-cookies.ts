/** A cookie name: an RFC 6265 token. */
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A cookie value: RFC 6265 cookie-octets (visible ASCII but `"`, `,`, `;` and `\`). */
const VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;

/**
 * Cookies a resolver sets on the HTTP answer of its request (Apollo's context has no
 * response object). The HTTP handler writes them as Set-Cookie once the operation has run;
 * over WebSocket there is no HTTP answer and they are dropped. Every cookie is HttpOnly
 * (no script reads it), Secure (HTTPS only; browsers treat localhost as secure) and
 * SameSite=Strict (never sent by another site's request).
 */
export class ResponseCookies {
  private readonly lines: string[] = [];

  /** Sets a session cookie (gone when the browser closes; the upstream decides expiry). */
  set(name: string, value: string): void {
    if (!NAME.test(name) || !VALUE.test(value)) throw new Error(`cookie ${name} cannot carry this value`);
    this.lines.push(`${name}=${value}; Path=/; HttpOnly; Secure; SameSite=Strict`);
  }

  /** Tells the browser to drop a cookie. */
  clear(name: string): void {
    if (!NAME.test(name)) throw new Error(`bad cookie name ${name}`);
    this.lines.push(`${name}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`);
  }

  /** The Set-Cookie header values, in the order set. */
  headerValues(): readonly string[] {
    return this.lines;
  }
}
