import { resolve } from 'node:path';
import { describeFsError, MhbNodeError } from '../../errors/node-error.js';
import { readFileBytes } from '../../files/read-file-bytes.js';
import { writeFileAtomic } from '../../internal/atomic-write.js';
import { type ParsedCliCommand, stringOption, ZIP_KEY_OPTIONS } from '../command.js';
import { CliUsageError } from '../context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { openZipInput } from '../load-input.js';

/**
 * `mhb decrypt <zip> --server-key <key>`: writes the My Health Bank file inside the zip, byte for byte, to `--out`
 * (atomically) or to standard output. The API key comes from `MHB_API_KEY`.
 */
export const decryptCommand: ParsedCliCommand = {
  name: 'decrypt',
  options: { out: { type: 'string', short: 'o' }, ...ZIP_KEY_OPTIONS },

  async run(context, parsed) {
    const path = parsed.positionals[0];
    if (path === undefined) {
      throw new CliUsageError(
        context.message('MISSING_ARGUMENT', { name: '<zip>', hint: 'mhb decrypt <zip> --server-key <key>' }),
      );
    }

    const bytes = await readFileBytes(resolve(context.cwd, path), context.locale);
    const zip = await openZipInput(
      path,
      bytes,
      {
        'server-key': stringOption(parsed, 'server-key'),
        password: stringOption(parsed, 'password'),
        'api-key': stringOption(parsed, 'api-key'),
      },
      context,
    );

    const out = stringOption(parsed, 'out');
    if (out === undefined) {
      context.stdout.write(zip.content);
      return EXIT_CODES.ok;
    }

    const target = resolve(context.cwd, out);
    try {
      await writeFileAtomic(target, zip.content);
    } catch (error) {
      throw new MhbNodeError('NODE_FILE_WRITE_FAILED', context.locale, {
        path: target,
        reason: describeFsError(error),
      });
    }
    context.stderr.write(
      `${context.message('DECRYPT_WROTE', { path: target, bytes: zip.content.byteLength, encryption: zip.encryption })}\n`,
    );
    return EXIT_CODES.ok;
  },
};
