// Starts the upload endpoint. The API key, phase and base URL come from MHB_API_KEY, MHB_PHASE and MHB_BASE_URL.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OBSERVED_SDK_DEVICE_2019 } from '@mhbkit/core';
import { createClient } from '@mhbkit/node';
import { createUploadApp } from './app.js';

const outDir = process.env['UPLOAD_DIR'] ?? 'uploads';
const port = Number(process.env['PORT'] ?? 3000);

// NOTE: OBSERVED_SDK_DEVICE_2019 is the protocol seen in a 2019 SDK build, not a profile NHI has confirmed.
const client = createClient({ profile: OBSERVED_SDK_DEVICE_2019, allowUnverifiedProfile: true });
const logger = {
  debug: () => {},
  info: (message: string, fields?: object) => console.info(message, fields ?? {}),
  warn: (message: string, fields?: object) => console.warn(message, fields ?? {}),
  error: (message: string, fields?: object) => console.error(message, fields ?? {}),
};
await mkdir(outDir, { recursive: true });

const app = createUploadApp({
  client,
  logger,
  // A real back-end writes to its database here; this one keeps the decrypted file by its hash.
  store: (received) => writeFile(join(outDir, `${received.rawSha256}.json`), received.raw),
});
app.listen(port, '127.0.0.1', () => console.log(`POST http://127.0.0.1:${port}/uploads`));
