export {
  type CallSignalOptions,
  createRetrievalClient,
  type RetrievalClient,
  type RetrievalClientOptions,
} from './client/retrieval-client.js';
export {
  type DeliveryErrorCode,
  isMhbDecryptError,
  isMhbDeliveryError,
  isMhbZipError,
  MhbDecryptError,
  MhbDeliveryError,
  MhbZipError,
  type ZipEncryption,
  type ZipErrorCode,
} from './errors.js';
export { DELIVERY_MESSAGES, type DeliveryMessageCode } from './messages.js';
export type { DeliveryPhase } from './phase.js';
export {
  DEFAULT_FAILURE_RETRY_AFTER_MS,
  DEFAULT_HTTP_STATUS_OUTCOMES,
  DEFAULT_MAX_FAILED_ATTEMPTS,
  DEFAULT_MAX_NOT_READY_ATTEMPTS,
  DEFAULT_MIN_FETCH_INTERVAL_MS,
  DEFAULT_NOT_READY_RETRY_AFTER_MS,
  DEFAULT_RATE_LIMITED_RETRY_AFTER_MS,
  DEFAULT_TICKET_TTL_MS,
  type MappedStatus,
  NHI_OUTCOME_STATUSES,
  type ResolvedRetrievalPolicy,
  type RetrievalPolicy,
  resolveRetrievalPolicy,
} from './policy.js';
export type { ReceiveOptions, UploadedZip } from './receive/receivers.js';
export {
  type ClassifiedDownload,
  type ClassifyContext,
  classifyDownload,
  type DownloadResponse,
  READY_DOWNLOAD_TYPE,
  SUCCESS_RETURN_CODE,
} from './redeem/classify-download.js';
export type {
  DownloadedZip,
  FinalOutcome,
  NotReadyOutcome,
  RateLimitedOutcome,
  RawCodes,
  ReadyDelivery,
  ReadyOutcome,
  ReceivedFile,
  RedeemOutcome,
  RedeemStatus,
  UnknownOutcome,
  ZipInfo,
} from './redeem/outcome.js';
export {
  type AcknowledgeResult,
  DEFAULT_DELIVERY_CONCURRENCY,
  type DeliveriesOptions,
  type Delivery,
  type DeliveryEvent,
  type DeliveryProgress,
  type TicketInput,
} from './scheduler/delivery-types.js';
export { checkTicketStore } from './store/check-ticket-store.js';
export { MemoryTicketStore } from './store/memory-ticket-store.js';
export {
  FINAL_TICKET_STATES,
  isFinalTicketState,
  type TicketRecord,
  type TicketState,
  type TicketStore,
} from './store/ticket-store.js';
export { type OpenDeliveryZipOptions, type OpenedDeliveryZip, openDeliveryZip } from './zip/open-delivery-zip.js';
export {
  DEFAULT_MAX_COMPRESSED_BYTES,
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  DEFAULT_MAX_ZIP_ENTRIES,
  type ZipLimits,
} from './zip/zip-limits.js';
