import type { ParsedCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';

/** `mhb fetch --ticket <t>...`: redeems tickets and saves the deliveries. */
// TODO: wire to the retrieval client once @mhbkit/retrieval exports createRetrievalClient.
export const fetchCommand: ParsedCliCommand = {
  name: 'fetch',
  options: {},

  async run(context) {
    context.stderr.write(`${context.message('FETCH_UNAVAILABLE')}\n`);
    return EXIT_CODES.failure;
  },
};
