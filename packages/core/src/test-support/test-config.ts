import type { ClientConfig, ClientOptions } from '../config/client-options.js';
import { resolveClientConfig } from '../config/resolve-client-config.js';
import type { LogFields, Logger, LogLevel } from '../logging/logger.js';
import { OBSERVED_SDK_DEVICE_2019 } from '../profiles/observed-sdk-device-2019.js';

/** A synthetic API key: 32 lowercase hex characters, the shape of real keys. */
export const TEST_API_KEY = '5f3c9a0e7b2d4c6e8f1a3b5c7d9e0f12';

/** A log line captured by {@link recordingLogger}. */
export interface LogLine {
  readonly level: LogLevel;
  readonly message: string;
  readonly fields: LogFields | undefined;
}

/** A logger that keeps every line, for asserting on logs. */
export function recordingLogger(): Logger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const push = (level: LogLevel) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

/**
 * Builds a config for the observed profile pointed at `baseUrl`. Retry delays are recorded in `delays` and waited for
 * 1 ms only, and jitter is fixed at half its range.
 */
export function testConfig(
  baseUrl: string,
  overrides: Partial<ClientOptions> = {},
): { config: ClientConfig; delays: number[]; logger: ReturnType<typeof recordingLogger> } {
  const delays: number[] = [];
  const logger = recordingLogger();
  const config = resolveClientConfig({
    apiKey: TEST_API_KEY,
    phase: 'test',
    profile: OBSERVED_SDK_DEVICE_2019,
    baseUrl,
    allowUnverifiedProfile: true,
    logger,
    random: () => 0.5,
    sleep: (ms, signal) => {
      delays.push(ms);
      return new Promise((resolve, reject) => {
        if (signal.aborted) reject(signal.reason);
        const timer = setTimeout(resolve, 1);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      });
    },
    ...overrides,
  });
  return { config, delays, logger };
}
