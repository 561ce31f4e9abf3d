// The `mhb-sandbox` executable; tsup adds the `#!/usr/bin/env node` line.
import { main } from './mhb-sandbox.js';

await main(process.argv.slice(2));
