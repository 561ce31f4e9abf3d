// A worker that imports Node.js built-ins, so the bundle check has a case that must fail.
import { createHash } from 'node:crypto';
// biome-ignore lint/style/useNodejsImportProtocol: the bare specifier is one of the cases the check must catch.
import { join } from 'path';

export default {
  async fetch(): Promise<Response> {
    return new Response(createHash('sha256').update(join('a', 'b')).digest('hex'));
  },
};
