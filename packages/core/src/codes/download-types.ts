import type { NhiCodeDefinition } from './nhi-code.js';
import { NHI_MIN_FETCH_INTERVAL_MS } from './return-codes.js';

/**
 * The download result types (`oType` in the first item of the download response) observed in the 2019 SDK build.
 * The build maps any other value to SDK error 095.
 *
 * Observed: `1`, `3` and `4`. Unverified: `2`, whose meaning is undocumented.
 */
export const DOWNLOAD_TYPES: Readonly<Record<string, NhiCodeDefinition>> = Object.freeze({
  '1': {
    code: '1',
    meaning: 'The file is produced; the item carries the server key, file name, size and Base64 content.',
    officialText: false,
    outcome: 'ready',
    retry: { when: 'never' },
    status: 'observed',
  },
  '2': {
    code: '2',
    meaning: 'Undocumented; the SDK maps it to error 203 (perhaps already fetched or expired).',
    officialText: false,
    outcome: 'unknown',
    retry: { when: 'unknown' },
    status: 'unverified',
  },
  '3': {
    code: '3',
    meaning: 'The file is not produced yet; the SDK maps it to error 204 and apps retry after at least 60 s.',
    officialText: false,
    outcome: 'notReady',
    retry: { when: 'after-delay', minDelayMs: NHI_MIN_FETCH_INTERVAL_MS },
    status: 'observed',
  },
  '4': {
    code: '4',
    meaning: 'The ticket check failed; the SDK maps it to error 206.',
    officialText: false,
    outcome: 'ticketRejected',
    retry: { when: 'never' },
    status: 'observed',
  },
});
