// The environment's end of the SDK bridge: sends each command to the host while an invocation
// (or INIT) runs, and keeps the "event loop" busy until the answer comes, as a pending HTTPS
// request keeps Node's loop busy (a callback handler's response waits for it).
import type { SdkCall, SdkResult, SdkService } from '../../../src/engine/sdk/types';

/** Posts one call to the host; `transfer` lists buffers the SDK made itself and may hand over. */
export type SdkSend = (call: SdkCall, transfer: Transferable[]) => Promise<SdkResult>;

interface Pending {
  /** The invocation the call belongs to. */
  owner: number;
  abandon(): void;
}

export function createSdkTransport(hold: () => () => void) {
  let send: SdkSend | undefined;
  let open = false;
  let owner = 0;
  let lastRequestId: string | undefined;
  const pending = new Set<Pending>();

  return {
    /** Where calls go; set at INIT. */
    connect(to: SdkSend | undefined): void {
      send = to;
    },

    /**
     * Invocation `n` starts (or the INIT before it, which the host counts as part of it). The host
     * drops answers to calls of earlier invocations, so those calls stop holding the loop and never settle.
     */
    open(n: number): void {
      open = true;
      owner = n;
      for (const call of pending) if (call.owner < n) call.abandon();
    },

    /** The invocation ended: until the next one, calls are refused (Lambda would have frozen the environment). */
    close(requestId: string): void {
      open = false;
      lastRequestId = requestId;
    },

    /** Sends a call; resolves with the host's result (output or error), never rejects for a service error. */
    call(service: SdkService, operation: string, input: Record<string, unknown>, region: string | undefined, transfer: Transferable[] = []): Promise<SdkResult> {
      if (!open) {
        return Promise.reject(new Error(
          `${operation}Command was sent after invocation ${lastRequestId ?? ''} ended. Lambda freezes the execution environment between invocations, so the playground refuses it: await every AWS SDK call before the handler returns.`,
        ));
      }
      if (!send) return Promise.reject(new Error(`${operation}Command failed: the AWS SDK is not connected in this execution environment.`));
      const to = send;
      const release = hold();
      return new Promise((resolve, reject) => {
        let done = false;
        const entry: Pending = { owner, abandon: () => finish(() => {}) };
        function finish(settle: () => void) {
          if (done) return;
          done = true;
          pending.delete(entry);
          release();
          settle();
        }
        pending.add(entry);
        try {
          to({ service, operation, input, ...(region !== undefined ? { region } : {}) }, transfer).then(
            (result) => finish(() => resolve(result)),
            (error: unknown) => finish(() => reject(error)),
          );
        } catch (error) {
          finish(() => reject(error));
        }
      });
    },
  };
}

export type SdkTransport = ReturnType<typeof createSdkTransport>;
