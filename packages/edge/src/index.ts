// Edge users import everything from this one package. Core and retrieval use only web-standard APIs, so their whole
// public API runs on every edge runtime. A name clash between the two fails the type check of this file.
export * from '@mhbkit/core';
export * from '@mhbkit/retrieval';
export type { EdgeBindingName, EdgeBindings } from './bindings.js';
export { createClient, type EdgeClientOptions } from './create-client.js';
export { isMhbBindingError, MhbBindingError, type MhbBindingErrorOptions } from './errors/binding-error.js';
export { EDGE_MESSAGES, type EdgeMessageCode } from './messages.js';
