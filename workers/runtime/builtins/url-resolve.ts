// Node's legacy url.resolve / url.resolveObject: RFC 1808-style resolution of a link against a base, as browsers resolve hrefs.
import { Url, slashedProtocol, urlParse } from './url-legacy';

const hostless = new Set(['javascript', 'javascript:']);
const isSlashed = (protocol: string | null) => protocol !== null && slashedProtocol.has(protocol);

function setPath(result: Url): void {
  if (result.pathname !== null || result.search !== null) result.path = (result.pathname ?? '') + (result.search ?? '');
}

/** Moves an `auth@` that ended up in a non-slashed URL's host (mailto:a@b) back to `auth`. */
function splitAuthFromHost(result: Url): void {
  const at = result.host ? result.host.indexOf('@') : -1;
  if (at > 0) {
    const [auth, hostname] = result.host!.split('@');
    result.auth = auth!;
    result.hostname = hostname!;
    result.host = hostname!;
  }
}

export function resolveObject(base: Url, relativeInput: Url | string): Url {
  const relative = typeof relativeInput === 'string' ? new Url().parse(relativeInput, false, true) : relativeInput;
  const result = Object.assign(new Url(), base);
  // The fragment always comes from the link, even an empty one.
  result.hash = relative.hash;
  const done = () => {
    result.href = result.format();
    return result;
  };
  if (relative.href === '') return done();

  // `//host/path` keeps only the base's protocol.
  if (relative.slashes && !relative.protocol) {
    for (const [key, value] of Object.entries(relative)) if (key !== 'protocol') (result as unknown as Record<string, unknown>)[key] = value;
    if (isSlashed(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return done();
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme: a non-slashed one (mailto:) replaces everything; a slashed one must have a host.
    if (!isSlashed(relative.protocol)) {
      Object.assign(result, relative);
      return done();
    }
    result.protocol = relative.protocol;
    if (!relative.host && !hostless.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()!));
      relative.host ||= '';
      relative.hostname ||= '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return done();
  }

  const isSourceAbs = result.pathname?.startsWith('/') ?? false;
  const isRelAbs = Boolean(relative.host) || (relative.pathname?.startsWith('/') ?? false);
  let mustEndAbs: unknown = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = result.pathname ? result.pathname.split('/') : [];
  const relPath = relative.pathname ? relative.pathname.split('/') : [];
  // In a non-slashed URL (mailto:), `..` may climb into the host, so the host joins the path for now.
  const psychotic = Boolean(result.protocol) && !isSlashed(result.protocol);
  if (psychotic) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    result.host = relative.host || relative.host === '' ? relative.host : result.host;
    result.hostname = relative.hostname || relative.hostname === '' ? relative.hostname : result.hostname;
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the base's last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search != null) {
    // Only a new query, like href="?foo".
    if (psychotic) {
      result.hostname = result.host = srcPath.shift() ?? null;
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return done();
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return done();
  }

  // A path ending in `.` or `..` gets a trailing slash; any other last segment does not.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '';
  let up = 0;
  for (let i = srcPath.length; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') srcPath.splice(i, 1);
    else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative result may climb above its start, so the leading `..`s stay.
  if (!mustEndAbs && !removeAllDots) for (; up--; ) srcPath.unshift('..');
  if (mustEndAbs && srcPath[0] !== '' && !srcPath[0]?.startsWith('/')) srcPath.unshift('');
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');
  const isAbsolute = srcPath[0] === '' || Boolean(srcPath[0]?.startsWith('/'));
  if (psychotic) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.shift() ?? '');
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) result.pathname = srcPath.join('/');
  else result.pathname = result.path = null;
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return done();
}

export function urlResolve(source: string, relative: string): string {
  return resolveObject(urlParse(source, false, true), urlParse(relative, false, true)).format();
}

export function urlResolveObject(source: string, relative: Url | string): Url | string {
  if (!source) return relative;
  return resolveObject(urlParse(source, false, true), relative);
}
