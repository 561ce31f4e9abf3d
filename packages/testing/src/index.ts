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
  SECTION_CODES,
  type SectionCode,
  type SectionMode,
  type SectionSetting,
} from './generator/options.js';
export { MAX_VISITS } from './generator/resolve-options.js';
export type { ControlCharacterSite, GenerationSummary, SectionSummary } from './generator/summary.js';
export { buildDeliveryZip, type DeliveryZip, type DeliveryZipOptions } from './zip/delivery-zip.js';
export { buildWebsiteZip, type WebsiteZip, type WebsiteZipOptions } from './zip/website-zip.js';
export type { ZipContent, ZipEncryption } from './zip/zip-entry.js';
