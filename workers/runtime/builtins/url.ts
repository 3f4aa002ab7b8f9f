// `url`: the platform's WHATWG URL, Node's legacy parse/format/resolve, and the file-URL helpers.
import { nodeError } from './node-error';
import { Url, urlFormat, urlParse } from './url-legacy';
import { urlResolve, urlResolveObject } from './url-resolve';

function toFileURL(value: unknown): URL {
  if (typeof value === 'string') return new URL(value);
  if (value instanceof URL) return value;
  throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string or an instance of URL. Received ${value === null ? 'null' : typeof value}`);
}

/** file:///var/task/a%20b.txt → /var/task/a b.txt (POSIX rules: Lambda runs on Linux). */
export function fileURLToPath(value: unknown): string {
  const url = toFileURL(value);
  if (url.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  if (/%2f/i.test(url.pathname)) throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  return decodeURIComponent(url.pathname);
}

/** /var/task/a b.txt → file:///var/task/a%20b.txt; relative paths resolve against Lambda's working directory. */
export function pathToFileURL(path: string, resolve: (path: string) => string): URL {
  let absolute = resolve(path);
  // resolve() drops a trailing slash that names a directory; Node keeps it.
  if (path.endsWith('/') && !absolute.endsWith('/')) absolute += '/';
  const url = new URL('file://');
  // The pathname setter escapes `?` and `#` itself; `%` and `\` it would read as escapes, and newlines and tabs it would drop.
  url.pathname = absolute.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

/** The `url` module object. */
export function createUrl(resolvePath: (path: string) => string) {
  return {
    URL,
    URLSearchParams,
    Url,
    parse: urlParse,
    format: (value: unknown, options?: { auth?: boolean; fragment?: boolean; search?: boolean; unicode?: boolean }) => {
      if (value instanceof URL && options) {
        const copy = new URL(value.href);
        if (options.auth === false) copy.username = copy.password = '';
        if (options.fragment === false) copy.hash = '';
        if (options.search === false) copy.search = '';
        return copy.href;
      }
      return urlFormat(value);
    },
    resolve: urlResolve,
    resolveObject: urlResolveObject,
    fileURLToPath,
    pathToFileURL: (path: string) => pathToFileURL(path, resolvePath),
    domainToASCII: (domain: string) => {
      try {
        return new URL(`http://${domain}`).hostname;
      } catch {
        return '';
      }
    },
    /** What http.request takes, from a WHATWG URL. */
    urlToHttpOptions: (url: URL) => ({
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`,
      href: url.href,
      ...(url.port !== '' ? { port: Number(url.port) } : {}),
      ...(url.username || url.password ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
    }),
  };
}
