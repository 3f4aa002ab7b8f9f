// Node's legacy url.parse / url.format (still common in handler code), following Node's algorithm with Node's querystring for `query`.
import { parse as parseQuery, stringify as stringifyQuery } from './querystring';

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// RFC 2396 delimiters and "unwise" characters, plus the quote: always escaped in what follows the host.
const autoEscape = ["'", '{', '}', '|', '\\', '^', '`', '<', '>', '"', ' ', '\r', '\n', '\t'];
const nonHostChars = ['%', '/', '?', ';', '#', ...autoEscape];
const hostEndingChars = ['/', '?', '#'];
const HOSTNAME_MAX = 255;
const hostless = new Set(['javascript', 'javascript:']);
/** Protocols whose URLs always carry `//`. */
export const slashedProtocol = new Set(['http', 'https', 'ftp', 'gopher', 'file', 'http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

/** IDNA: the browser's URL parser punycodes a host the way Node's url.parse does. */
function toASCII(hostname: string): string {
  if (/^[\x00-\x7f]*$/.test(hostname)) return hostname;
  try {
    return new URL(`http://${hostname}`).hostname;
  } catch {
    return '';
  }
}

/** A parsed URL in the legacy shape: every field present, `null` when absent. */
export class Url {
  protocol: string | null = null;
  slashes: boolean | null = null;
  auth: string | null = null;
  host: string | null = null;
  port: string | null = null;
  hostname: string | null = null;
  hash: string | null = null;
  search: string | null = null;
  query: string | Record<string, unknown> | null = null;
  pathname: string | null = null;
  path: string | null = null;
  href: string | null = null;

  parse(url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): this {
    if (typeof url !== 'string') {
      throw Object.assign(new TypeError(`The "url" argument must be of type string. Received ${url === null ? 'null' : typeof url}`), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    // Backslashes before the query or fragment become slashes, as browsers treat them.
    const split = url.search(/[?#]/);
    const head = split === -1 ? url : url.slice(0, split);
    const hasAt = head.includes('@');
    url = head.replace(/\\/g, '/') + (split === -1 ? '' : url.slice(split));
    let rest = url.trim();
    const query = (search: string) => (parseQueryString ? (parseQuery(search) as Record<string, unknown>) : search);

    if (!slashesDenoteHost && !url.includes('#') && !hasAt) {
      const simple = simplePathPattern.exec(rest);
      if (simple) {
        this.path = rest;
        this.href = rest;
        this.pathname = simple[1]!;
        if (simple[2]) {
          this.search = simple[2];
          this.query = query(simple[2].slice(1));
        } else if (parseQueryString) {
          this.query = Object.create(null) as Record<string, unknown>;
        }
        return this;
      }
    }

    const proto = protocolPattern.exec(rest)?.[0];
    const lowerProto = proto?.toLowerCase();
    if (proto) {
      this.protocol = lowerProto!;
      rest = rest.slice(proto.length);
    }

    // `user@server` always names a host; `//foo/bar` resolves as host foo, path /bar, as browsers do.
    let slashes = false;
    if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(lowerProto && hostless.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!(lowerProto && hostless.has(lowerProto)) && (slashes || (lowerProto && !slashedProtocol.has(lowerProto)))) {
      rest = this.parseAuthority(rest);
    }

    if (!(lowerProto && hostless.has(lowerProto))) {
      for (const char of autoEscape) {
        if (!rest.includes(char)) continue;
        let escaped = encodeURIComponent(char);
        if (escaped === char) escaped = `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
        rest = rest.split(char).join(escaped);
      }
    }

    const hash = rest.indexOf('#');
    if (hash !== -1) {
      this.hash = rest.slice(hash);
      rest = rest.slice(0, hash);
    }
    const qm = rest.indexOf('?');
    if (qm !== -1) {
      this.search = rest.slice(qm);
      this.query = query(rest.slice(qm + 1));
      rest = rest.slice(0, qm);
    } else if (parseQueryString) {
      this.query = Object.create(null) as Record<string, unknown>;
    }
    if (rest) this.pathname = rest;
    if (lowerProto && slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
    if (this.pathname || this.search) this.path = (this.pathname ?? '') + (this.search ?? '');
    this.href = this.format();
    return this;
  }

  /** Takes auth, host and port off the front of `rest` and returns what follows them. */
  private parseAuthority(rest: string): string {
    const firstOf = (chars: string[]) => chars.reduce((end, char) => {
      const at = rest.indexOf(char);
      return at !== -1 && (end === -1 || at < end) ? at : end;
    }, -1);
    // The last `@` before any host-ending character ends the auth: http://a@b@c/ has auth a@b, host c.
    const hostEnd = firstOf(hostEndingChars);
    const atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }
    let end = firstOf(nonHostChars);
    if (end === -1) end = rest.length;
    this.host = rest.slice(0, end);
    rest = rest.slice(end);
    this.parseHost();
    let hostname = this.hostname ?? '';
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6) {
      // A character that cannot be in a host ends it; the remainder becomes path.
      const end = hostname.search(/[/\\#?:]/);
      if (end !== -1) {
        rest = `/${hostname.slice(end)}${rest}`;
        hostname = hostname.slice(0, end);
      }
    }
    hostname = hostname.length > HOSTNAME_MAX ? '' : hostname.toLowerCase();
    if (!ipv6 && hostname) {
      hostname = toASCII(hostname);
      // Node refuses a host that only IDNA processing made empty, rather than guess.
      if (!hostname) throw Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' });
    }
    this.host = hostname + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      hostname = hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
    this.hostname = hostname;
    return rest;
  }

  parseHost(): void {
    let host = this.host ?? '';
    const port = portPattern.exec(host)?.[0];
    if (port) {
      if (port !== ':') this.port = port.slice(1);
      host = host.slice(0, host.length - port.length);
    }
    if (host) this.hostname = host;
  }

  format(): string {
    let auth = this.auth || '';
    if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    let query = '';
    if (this.host) host = auth + this.host;
    else if (this.hostname) {
      host = auth + (this.hostname.includes(':') ? `[${this.hostname}]` : this.hostname);
      if (this.port) host += `:${this.port}`;
    }
    if (this.query !== null && typeof this.query === 'object') query = stringifyQuery(this.query);
    let search = this.search || (query && `?${query}`) || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    // Only protocols that always carry `//` get it (not mailto:, xmpp:), unless the URL had it; file: gets it even without a host.
    if (this.slashes || slashedProtocol.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (protocol.startsWith('file')) {
        host = '//';
      }
    }
    if (hash && hash[0] !== '#') hash = `#${hash}`;
    if (search && search[0] !== '?') search = `?${search}`;
    pathname = pathname.replace(/[?#]/g, (match) => encodeURIComponent(match));
    search = search.replace(/#/g, '%23');
    return protocol + host + pathname + search + hash;
  }
}

export function urlParse(url: unknown, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  if (url instanceof Url) return url;
  return new Url().parse(url as string, parseQueryString, slashesDenoteHost);
}

/** url.format: a legacy object, a WHATWG URL, or a string to tidy up. */
export function urlFormat(value: unknown): string {
  if (typeof value === 'string') return urlParse(value).format();
  if (value instanceof URL) return value.href;
  if (value === null || typeof value !== 'object') {
    throw Object.assign(new TypeError(`The "urlObject" argument must be one of type object or string. Received ${value === null ? 'null' : typeof value}`), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  return Url.prototype.format.call(value as Url);
}
