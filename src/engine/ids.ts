// Identifiers shaped like AWS's: request ids are UUIDs, log stream suffixes 32 hex digits.

export const REGION = 'us-east-1';
export const ACCOUNT_ID = '123456789012';

export function requestId(): string {
  return crypto.randomUUID();
}

export function hex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out.slice(0, length);
}

export function functionArn(name: string, qualifier?: string): string {
  const base = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}
