export { TESTING_MESSAGES, type TestingMessageCode } from './errors/messages.js';
export { isMhbTestingError, MhbTestingError, type MhbTestingErrorOptions } from './errors/testing-error.js';
export {
  type GeneratedChunks,
  type GeneratedFile,
  generateMedicalFile,
  generateMedicalFileChunks,
} from './generator/generate.js';
export {
  DEFAULT_APPLICATION_DATE,
  DEFAULT_VISITS,
  type FileFormat,
  type GeneratorOptions,
  NO_QUIRKS,
  type QuirkOptions,
  REAL_FILE_QUIRKS,
  type SectionCode,
  type SectionMode,
  type SectionSetting,
} from './generator/options.js';
export { MAX_VISITS } from './generator/resolve-options.js';
export type { ControlCharacterSite, GenerationSummary, SectionSummary } from './generator/summary.js';
export type { SandboxApp, SandboxPhase } from './sandbox/apps.js';
export {
  DEFAULT_SANDBOX_ASSUMPTIONS,
  type SandboxAssumptions,
  type SandboxResponseRule,
} from './sandbox/assumptions.js';
export { createSandboxClock, type SandboxClock } from './sandbox/clock.js';
export { createSandbox, MSW_SANDBOX_BASE_URL, type Sandbox, type SandboxOptions } from './sandbox/create-sandbox.js';
export {
  ADMIN_PREFIX,
  type RouteContext,
  type RouteHandler,
  type RouteResult,
  type SandboxEngine,
} from './sandbox/engine.js';
export type { InjectFaultOptions, SandboxFault, SandboxFaultKind } from './sandbox/faults.js';
export {
  DEFAULT_SANDBOX_GRANT_LIFETIME_MS,
  type IssuedGrant,
  type IssueGrantOptions,
  type SandboxGrantOptions,
  type SandboxGrants,
  withGrants,
} from './sandbox/grants.js';
export {
  DEFAULT_SANDBOX_GRANT_ASSUMPTIONS,
  type SandboxGrantAssumptions,
  sandboxGrantReturnCodes,
} from './sandbox/grants-assumptions.js';
export { type RunningSandbox, type StartSandboxOptions, startSandbox } from './sandbox/node-server.js';
export type { ReplyDelivery, SandboxReply } from './sandbox/reply.js';
export type { SandboxRequestRecord } from './sandbox/request-log.js';
export type { IssuedTicket, IssueTicketOptions } from './sandbox/tickets.js';
export { buildDeliveryZip, type DeliveryZip, type DeliveryZipOptions } from './zip/delivery-zip.js';
export { buildWebsiteZip, type WebsiteZip, type WebsiteZipOptions } from './zip/website-zip.js';
export type { ZipContent, ZipEncryption } from './zip/zip-entry.js';
