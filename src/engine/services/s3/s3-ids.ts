// Identifiers shaped like S3's: request ids, host ids, configuration ids and event sequencers.

const HEX = '0123456789ABCDEF';

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** `x-amz-request-id`: 16 upper-case hex digits, e.g. `C3D13FE58DE4C810`. */
export function s3RequestId(): string {
  return Array.from(randomBytes(8), (b) => HEX[b >> 4]! + HEX[b & 15]!).join('');
}

/** `x-amz-id-2` (the host id): base64, e.g. `FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD`. */
export function s3HostId(): string {
  return toBase64(randomBytes(48));
}

/** S3 names an unnamed notification configuration with the base64 of a UUID. */
export function notificationConfigurationId(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Event sequencers: 18 upper-case hex digits, `00` then the epoch seconds (real ones such as
 * `0055AED6DCD90281E5` decode to July 2015), then a counter. Fixed width, so comparing them as
 * strings orders the events, and every new one is greater than the last: S3 only promises that
 * for one key, this gives it for all.
 */
export class Sequencer {
  #seconds = 0;
  #counter = 0;

  next(nowMs: number): string {
    const seconds = Math.max(this.#seconds, Math.floor(nowMs / 1000));
    if (seconds > this.#seconds) {
      this.#seconds = seconds;
      // Start each second at a random place, as real sequencers do not count from zero.
      this.#counter = randomBytes(2)[0]! << 16;
    } else {
      this.#counter++;
    }
    return `00${seconds.toString(16).toUpperCase().padStart(8, '0')}${(this.#counter >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
  }
}

/** The account's canonical user ID (64 hex digits), as ListBuckets and FetchOwner show the owner. */
export const CANONICAL_USER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
