import type { OperationName } from '@mhbkit/core';

/**
 * A fault the sandbox injects into a route's response.
 *
 * - `serverError`: an HTTP 5xx (default 503), optionally with `Retry-After`; the request is not processed.
 * - `connectionReset`: the connection is destroyed without a response (msw: a network error).
 * - `slowHeaders`: the request is processed, then the status line waits `delayMs`.
 * - `stalledBody`: the status line and the first `afterBytes` bytes of the body are sent, then nothing more.
 * - `malformedEnvelope`: HTTP 200 with invalid JSON, or JSON without the return code; the request is not processed.
 * - `corruptZip`: a ready download carries a zip with damaged bytes (its Base64 stays valid).
 * - `wrongServerKey`: a ready download carries a server key that does not decrypt the zip.
 */
export type SandboxFault =
  | { readonly kind: 'serverError'; readonly status?: number; readonly retryAfterSeconds?: number }
  | { readonly kind: 'connectionReset' }
  | { readonly kind: 'slowHeaders'; readonly delayMs: number }
  | { readonly kind: 'stalledBody'; readonly afterBytes?: number }
  | { readonly kind: 'malformedEnvelope'; readonly variant?: 'invalidJson' | 'missingReturnCode' }
  | { readonly kind: 'corruptZip' }
  | { readonly kind: 'wrongServerKey' };

/** The kinds of {@link SandboxFault}. */
export type SandboxFaultKind = SandboxFault['kind'];

/** Options of `injectFault`. */
export interface InjectFaultOptions {
  /** Applies the fault to the next `times` matching calls only. @defaultValue every call until `clearFaults()` */
  readonly times?: number;
}

/** Faults that only change a ready download; other responses pass through without using up the fault. */
const READY_ONLY = new Set<SandboxFaultKind>(['corruptZip', 'wrongServerKey']);

interface ArmedFault {
  readonly operation: OperationName;
  readonly fault: SandboxFault;
  remaining: number;
}

/** The injected faults, consumed in injection order. */
export class FaultTable {
  #faults: ArmedFault[] = [];

  add(operation: OperationName, fault: SandboxFault, options: InjectFaultOptions = {}): void {
    this.#faults.push({ operation, fault, remaining: options.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#faults = [];
  }

  /** Takes the first fault for `operation` that applies at this stage, counting one use. */
  take(operation: OperationName, stage: 'request' | 'ready'): SandboxFault | undefined {
    const armed = this.#faults.find(
      (candidate) => candidate.operation === operation && READY_ONLY.has(candidate.fault.kind) === (stage === 'ready'),
    );
    if (armed === undefined) return undefined;

    armed.remaining -= 1;
    if (armed.remaining <= 0) this.#faults = this.#faults.filter((candidate) => candidate !== armed);
    return armed.fault;
  }
}
