import {
  isMhbAbortError,
  isMhbApiError,
  isMhbConfigError,
  isMhbConnectionError,
  isMhbError,
  isMhbTimeoutError,
} from '@mhbkit/core';
import { isMhbDecryptError, isMhbFormatError, isMhbZipError } from '@mhbkit/retrieval';
import { isMhbNodeError } from '../errors/node-error.js';
import { CliUsageError } from './context.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';

/** Picks the exit code for an error that ended a command. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliUsageError || isMhbConfigError(error)) return EXIT_CODES.usage;
  if (isMhbNodeError(error)) {
    if (error.code === 'NODE_FILE_NOT_FOUND' || error.code === 'NODE_FILE_READ_FAILED') return EXIT_CODES.fileNotFound;
    if (error.code === 'NODE_ENV_INVALID' || error.code === 'NODE_ZIP_PASSWORD_MISSING') return EXIT_CODES.usage;
    return EXIT_CODES.failure;
  }
  if (isMhbDecryptError(error)) return EXIT_CODES.decryptFailed;
  if (isMhbFormatError(error) || isMhbZipError(error)) return EXIT_CODES.invalidFile;
  if (isMhbConnectionError(error) || isMhbTimeoutError(error) || isMhbApiError(error) || isMhbAbortError(error)) {
    return EXIT_CODES.network;
  }
  return EXIT_CODES.failure;
}

/** Returns the stable code printed with an error: the mhbkit code, or `UNEXPECTED` for anything else. */
export function errorCodeOf(error: unknown): string {
  if (isMhbError(error) || error instanceof CliUsageError) return error.code;
  return 'UNEXPECTED';
}
