export { createClient, type NodeClientOptions } from './client/create-client.js';
export { CLIENT_ENV_VARIABLES, type ClientEnv, readClientEnv } from './client/read-client-env.js';
export { nodePbkdf2, withNodePbkdf2 } from './crypto/node-pbkdf2.js';
export { NODE_MESSAGES, type NodeErrorCode } from './errors/messages.js';
export { isMhbNodeError, MhbNodeError } from './errors/node-error.js';
export { type OpenZipFileOptions, openZipFile, resolveZipPassword } from './files/open-zip-file.js';
export { readMedicalFile } from './files/read-medical-file.js';
export {
  type SavableDelivery,
  type SaveDeliveryOptions,
  type SavedDelivery,
  saveDelivery,
} from './files/save-delivery.js';
export { FileGrantStore, type FileGrantStoreOptions } from './grant-store-file.js';
export { createProxyFetch, type ProxyFetch, type ProxyFetchOptions } from './proxy/proxy-fetch.js';
export { FileTicketStore, type FileTicketStoreOptions } from './store/file-ticket-store.js';
