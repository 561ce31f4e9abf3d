import type { EndpointProfile } from './endpoint-profile.js';

/**
 * The device-to-NHI protocol observed in the Android NHI SDK build Beta1.0.4 (2019).
 *
 * **Unverified.** NHI has published no server-to-server retrieval API. These values were read from an unobfuscated
 * 2019 SDK build, where the SDK on the phone talks to NHI, and the field names still appear in a 2020 build. No public
 * source confirms that a back-end may call these paths, nor that SDK 3.x uses them. A client accepts this profile only
 * with `allowUnverifiedProfile: true` and logs a warning once. Its main use is the local sandbox, through
 * {@link withBaseUrl} and a loopback base URL.
 *
 * Observed: host `https://mhbdata.nhi.gov.tw`, and `POST` with one form field `json` carrying a JSON object. The API
 * key travels inside that JSON as `sApiKey` and the ticket as `sTicketNum`. Paths: download `/IHKE9000/IHKE9006.aspx`,
 * acknowledge `/IHKE9000/IHKE9007.aspx`, production request `/IHKE9000/IHKE9009.aspx`. Whether the production request
 * serves pre-authorized pulls is not known.
 */
export const OBSERVED_SDK_DEVICE_2019: EndpointProfile = Object.freeze({
  id: 'observed-sdk-device-2019',
  verified: false,
  provenance:
    'Read from the Android NHI SDK build Beta1.0.4 (2019): the private device-to-NHI protocol, not an API offered ' +
    'to back-ends. Field names still present in build Beta1.07 (2020). Unverified for SDK 3.x.',
  baseUrl: 'https://mhbdata.nhi.gov.tw',
  // Download is marked safe to repeat because, in the observed SDK, a ticket is spent only by the acknowledgement.
  operations: Object.freeze({
    download: Object.freeze({ path: '/IHKE9000/IHKE9006.aspx', method: 'POST', idempotent: true }),
    acknowledge: Object.freeze({ path: '/IHKE9000/IHKE9007.aspx', method: 'POST', idempotent: false }),
    requestProduction: Object.freeze({ path: '/IHKE9000/IHKE9009.aspx', method: 'POST', idempotent: false }),
  }),
  encoding: Object.freeze({ type: 'form-json', formField: 'json' }),
  apiKey: Object.freeze({ in: 'json-field', field: 'sApiKey' }),
  requestFields: Object.freeze({ ticketNumber: 'sTicketNum' }),
  responseFields: Object.freeze({
    returnCode: 'RtnCode',
    message: 'rMsg',
    items: 'sub',
    downloadType: 'oType',
    serverKey: 'oSevKey',
    fileName: 'oFileName',
    fileSize: 'oFileSize',
    file: 'oFile',
    ticketNumber: 'oTicketNum',
  }),
} satisfies EndpointProfile) as EndpointProfile;
