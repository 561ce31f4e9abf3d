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
export { type OpenDeliveryZipOptions, type OpenedDeliveryZip, openDeliveryZip } from './zip/open-delivery-zip.js';
export {
  DEFAULT_MAX_COMPRESSED_BYTES,
  DEFAULT_MAX_COMPRESSION_RATIO,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  DEFAULT_MAX_ZIP_ENTRIES,
  type ZipLimits,
} from './zip/zip-limits.js';
