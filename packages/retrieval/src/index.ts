export * from './delivery/index.js';
export * from './file/index.js';
export * from './preauth/index.js';
