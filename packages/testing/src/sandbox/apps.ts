import { ApiKey } from '@mhbkit/core';

/** The phase an app's API key belongs to: 第一階段 (test, virtual IDs only) or 第二階段 (production). */
export type SandboxPhase = 'test' | 'production';

/** An app registered with the sandbox: its API key and phase. */
export interface SandboxApp {
  readonly apiKey: string;
  readonly phase: SandboxPhase;
}

/** Finds the app whose key equals `apiKey`, comparing in constant time. */
export function findApp(apps: readonly SandboxApp[], apiKey: string | undefined): SandboxApp | undefined {
  if (apiKey === undefined || apiKey.trim() === '') return undefined;
  const candidate = ApiKey.from(apiKey);
  return apps.find((app) => candidate.equals(app.apiKey));
}

/** Tells whether a masked ID is a virtual person's: the sandbox's convention is a first letter `Z`. */
export function isVirtualPerson(maskedId: string): boolean {
  return maskedId.startsWith('Z');
}

/** Returns the last four characters of a secret, the only part the sandbox logs. */
export function lastFour(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.slice(-4);
}
