import type { NhiCodeDefinition } from './nhi-code.js';

/** The minimum wait after a "not produced yet" or "too soon" result: 60 s, as the 2019 SDK enforces. */
export const NHI_MIN_FETCH_INTERVAL_MS = 60_000;

/**
 * The response envelope return codes (`RtnCode`) observed in the 2019 SDK build, with the constant names it defines.
 * The build maps any other code to SDK error 099.
 *
 * Observed: `G000`, `G003`, `G097`, `G099`, whose call sites were traced. Unverified: `G001` and `G005`, whose call
 * sites were not traced, and `G002`, whose meaning is read from its constant name.
 */
export const RETURN_CODES: Readonly<Record<string, NhiCodeDefinition>> = Object.freeze({
  G000: {
    code: 'G000',
    constantName: 'RTN_CODE_SUCCESS',
    meaning: 'Success.',
    officialText: false,
    outcome: 'success',
    retry: { when: 'never' },
    status: 'observed',
  },
  G001: {
    code: 'G001',
    constantName: 'RTN_CODE_JSON_PARSING_FAILED',
    meaning: 'The server could not parse the request JSON. The constant is defined, but its call site was not traced.',
    officialText: false,
    outcome: 'requestInvalid',
    retry: { when: 'after-fix' },
    status: 'unverified',
  },
  G002: {
    code: 'G002',
    constantName: 'RTN_CODE_SDK_NOT_SUPPORT',
    meaning: 'SDK or interface version not supported. The SDK reports 103 at start and 099 on fetch.',
    officialText: false,
    outcome: 'versionUnsupported',
    retry: { when: 'after-fix' },
    status: 'unverified',
  },
  G003: {
    code: 'G003',
    constantName: 'RTN_CODE_NO_PERMISSION',
    meaning: 'API key rejected (no permission). The SDK reports 102 (Api_Key 錯誤) at start and 099 on fetch.',
    officialText: false,
    outcome: 'keyRejected',
    retry: { when: 'after-fix' },
    status: 'observed',
  },
  G005: {
    code: 'G005',
    constantName: 'RTN_CODE_TIMEOUT',
    meaning: 'Server-side timeout; handled as a special case of the production request.',
    officialText: false,
    outcome: 'serverTimeout',
    retry: { when: 'after-delay' },
    status: 'unverified',
  },
  G097: {
    code: 'G097',
    constantName: 'RTN_CODE_MAINTENANCE_PAGE',
    meaning: 'Maintenance; the login screen checks it and points to the maintenance page (系統暫時維護中).',
    officialText: true,
    outcome: 'unavailable',
    retry: { when: 'after-delay' },
    status: 'observed',
  },
  G099: {
    code: 'G099',
    constantName: 'RTN_CODE_SERVER_BUSY',
    meaning: 'Server busy. The SDK reports 097.',
    officialText: false,
    outcome: 'unavailable',
    retry: { when: 'after-delay' },
    status: 'observed',
  },
});
