// The msw entry point, `@mhbkit/testing/msw`. It imports no Node module, so the handlers run on any runtime msw
// supports. Create the sandbox with `createSandbox` from this entry or from the main one.
export { createSandbox, MSW_SANDBOX_BASE_URL, type Sandbox, type SandboxOptions } from './sandbox/create-sandbox.js';
export { createSandboxHandlers } from './sandbox/msw-handlers.js';
