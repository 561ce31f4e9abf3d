import { ApiKey } from '@mhbkit/core';
import { type CliContext, CliUsageError } from './context.js';

/**
 * Returns the API key from `MHB_API_KEY`, or from `--api-key` with a warning, because an argument stays in shell
 * history and process lists.
 *
 * @throws {@link CliUsageError} when neither is set.
 */
export function readApiKey(context: CliContext, argument: string | undefined): ApiKey {
  if (argument !== undefined && argument.trim() !== '') {
    context.stderr.write(`${context.message('API_KEY_ARGUMENT_WARNING')}\n`);
    return ApiKey.from(argument, context.locale);
  }

  const fromEnv = context.env['MHB_API_KEY']?.trim();
  if (fromEnv === undefined || fromEnv === '') throw new CliUsageError(context.message('API_KEY_MISSING'));
  return ApiKey.from(fromEnv, context.locale);
}
