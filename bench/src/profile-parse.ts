// Parses one file repeatedly, to profile with `node --cpu-prof`: profile-parse.ts <file> [parse|iterate] [runs]
import { readFile } from 'node:fs/promises';
import { iterateMedicalRecords, parseMedicalFile } from '@mhbkit/retrieval';

const [path, mode = 'parse', runsText = '5'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: profile-parse.ts <file> [parse|iterate] [runs]');

const bytes = new Uint8Array(await readFile(path));
const options = { maxBytes: 1024 * 1024 * 1024 };
for (let run = 0; run < Number(runsText); run += 1) {
  const start = performance.now();
  if (mode === 'iterate') {
    for await (const record of iterateMedicalRecords(bytes, options)) if (record.section === undefined) break;
  } else {
    await parseMedicalFile(bytes, options);
  }
  console.log(`${mode}: ${bytes.length} bytes in ${Math.round(performance.now() - start)} ms`);
}
