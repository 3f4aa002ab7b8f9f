// IP addresses and CIDR blocks for the `cidr` filter: IPv4 and IPv6 literals as bytes, and a block's
// lowest and highest address, with aws/event-ruler's words for a block it cannot read.

/** A problem with a pattern that event-ruler reports without a location (its IllegalArgumentException). */
export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function ipv6ToBytes(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  let tail: number[] = [];
  let body = text;
  // An embedded IPv4 address (::ffff:10.0.0.1) fills the last four bytes.
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    if (!IPV4.test(v4[1]!)) return undefined;
    tail = v4[1]!.split('.').map(Number);
    body = text.slice(0, v4.index + 1) + '0:0';
  }
  const [head = '', rest] = body.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const missing = 8 - left.length - right.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...right];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const bytes = all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** The address's bytes (4 for IPv4, 16 for IPv6), or undefined if the text is not an IP literal. */
export function ipToBytes(text: string): number[] | undefined {
  if (IPV4.test(text)) return text.split('.').map(Number);
  return text.includes(':') ? ipv6ToBytes(text) : undefined;
}

/** A CIDR block's first and last address (event-ruler's CIDR.cidr). */
export function cidrRange(text: string): { bottom: number[]; top: number[] } {
  const slashed = text.split('/');
  if (slashed.length !== 2) throw new PatternError("Malformed CIDR, one '/' required");
  const [ip = '', maskText = ''] = slashed;
  if (!/^[+-]?\d+$/.test(maskText) || Number(maskText) > 2 ** 31 - 1) throw new PatternError('Malformed CIDR, mask bits must be an integer');
  const mask = Number(maskText);
  if (mask < 0) throw new PatternError('Malformed CIDR, mask bits must not be negative');
  const bytes = ipToBytes(ip);
  if (!bytes) throw new PatternError(`Nonstandard IP address: ${ip}`);
  if (bytes.length === 4 && mask > 31) throw new PatternError('IPv4 mask bits must be < 32');
  if (bytes.length === 16 && mask > 127) throw new PatternError('IPv6 mask bits must be < 128');
  const bottom = bytes.map((byte, i) => byte & (0xff << Math.max(0, Math.min(8, 8 * (i + 1) - mask))) & 0xff);
  const top = bytes.map((byte, i) => byte | (0xff >> Math.max(0, Math.min(8, mask - 8 * i))));
  return { bottom, top };
}
