// Opens one delivery zip repeatedly, to profile with `node --cpu-prof`: profile-unzip.ts <file> [zipcrypto|aes] [runs]
import { readFile } from 'node:fs/promises';
import { deriveZipPassword } from '@mhbkit/core';
import { openDeliveryZip } from '@mhbkit/retrieval';
import { buildDeliveryZip, type ZipEncryption } from '@mhbkit/testing';

const [path, encryption = 'zipcrypto', runsText = '5'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: profile-unzip.ts <file> [zipcrypto|aes] [runs]');

const apiKey = '0123456789abcdef0123456789abcdef';
const serverKey = 'fedcba9876543210fedcba9876543210';
const content = new Uint8Array(await readFile(path));
const { zip } = await buildDeliveryZip({ apiKey, serverKey, content, encryption: encryption as ZipEncryption });
const password = await deriveZipPassword(apiKey, serverKey);

for (let run = 0; run < Number(runsText); run += 1) {
  const start = performance.now();
  await openDeliveryZip(zip, { password });
  console.log(`${encryption}: ${content.length} bytes in ${Math.round(performance.now() - start)} ms`);
}
