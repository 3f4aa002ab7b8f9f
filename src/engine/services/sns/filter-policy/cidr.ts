// IP address matching for filter policies (`{"cidr": "10.0.0.0/24"}`): IPv4 and IPv6 networks, with
// the checks and words of SNS's matching engine (aws/event-ruler CIDR.java), quirks included.

/** A network: its first address and how many leading bits are fixed. */
export interface Cidr {
  version: 4 | 6;
  base: bigint;
  maskBits: number;
}

/** Why a CIDR is refused; SNS reports these without a position in the policy. */
export class CidrError extends Error {}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(text: string): bigint | undefined {
  const match = IPV4.exec(text);
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n);
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  let body = text;
  const tail: string[] = [];
  // An IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail.push((v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16));
    body = text.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  let groups: string[];
  if (halves.length === 2) {
    const left = split(halves[0]!);
    const right = split(halves[1]!);
    const missing = 8 - tail.length - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...Array<string>(missing).fill('0'), ...right, ...tail];
  } else {
    groups = [...split(body), ...tail];
  }
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** An IP literal as a number, with its version; undefined when the text is no address. */
export function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { version: 4, value: v4 };
  const v6 = text.includes(':') ? parseIpv6(text) : undefined;
  return v6 === undefined ? undefined : { version: 6, value: v6 };
}

/**
 * Parses `address/bits` as event-ruler does: exactly one slash, integer bits, a standard address,
 * and mask bits below 32 (IPv4) or 128 (IPv6) — a `/32` or `/128` is refused.
 */
export function parseCidr(text: string): Cidr {
  const slashed = text.split('/');
  if (slashed.length !== 2) throw new CidrError("Malformed CIDR, one '/' required");
  const [address = '', bitsText = ''] = slashed;
  if (!/^[+-]?\d+$/.test(bitsText)) throw new CidrError('Malformed CIDR, mask bits must be an integer');
  const maskBits = Number(bitsText);
  if (maskBits < 0) throw new CidrError('Malformed CIDR, mask bits must not be negative');
  const ip = parseIp(address);
  if (!ip) throw new CidrError(`Nonstandard IP address: ${address}`);
  if (ip.version === 4 && maskBits > 31) throw new CidrError('IPv4 mask bits must be < 32');
  if (ip.version === 6 && maskBits > 127) throw new CidrError('IPv6 mask bits must be < 128');
  const width = ip.version === 4 ? 32n : 128n;
  const hostBits = width - BigInt(maskBits);
  return { version: ip.version, base: (ip.value >> hostBits) << hostBits, maskBits };
}

/** Whether an address (text, as a message carries it) lies in the network. */
export function inCidr(network: Cidr, address: string): boolean {
  const ip = parseIp(address);
  if (!ip || ip.version !== network.version) return false;
  const hostBits = (network.version === 4 ? 32n : 128n) - BigInt(network.maskBits);
  return ip.value >> hostBits === network.base >> hostBits;
}
