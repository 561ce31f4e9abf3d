import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { isMhbError, type Logger, noopLogger } from '@mhbkit/core';
import {
  DEFAULT_MAX_COMPRESSED_BYTES,
  type MedicalFile,
  type ReceivedFile,
  type RetrievalClient,
} from '@mhbkit/retrieval';
import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Options of {@link createUploadApp}. */
export interface UploadAppOptions {
  /** The client that decrypts and parses uploads; build it once per process. */
  readonly client: Pick<RetrievalClient, 'receiveUpload'>;
  /** Stores a received file. The response is sent after it resolves. */
  readonly store: (received: ReceivedFile<MedicalFile>) => Promise<void>;
  /** The largest zip accepted, in bytes. @defaultValue `DEFAULT_MAX_COMPRESSED_BYTES` (64 MiB) */
  readonly maxZipBytes?: number;
  /** Receives one line per rejected upload, with its status and code; never the key or the file. @defaultValue `noopLogger` */
  readonly logger?: Logger;
}

/** A rejected upload: an HTTP status and a stable code the phone app can act on. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface UploadParts {
  readonly zip: Uint8Array;
  readonly serverKey: string;
}

/**
 * Reads the multipart body as it streams in: the `serverKey` field and the `zip` file part. The zip is collected up
 * to `maxZipBytes`; a larger part is drained and rejected, so a client cannot make the server buffer more.
 */
export function readUploadParts(
  headers: IncomingHttpHeaders,
  body: Readable,
  maxZipBytes: number,
): Promise<UploadParts> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: { files: 1, fields: 4, fileSize: maxZipBytes } });
    } catch {
      reject(new UploadError(415, 'UPLOAD_NOT_MULTIPART', 'Send the upload as multipart/form-data.'));
      return;
    }

    let serverKey: string | undefined;
    const chunks: Buffer[] = [];
    let sawZip = false;
    let tooLarge = false;

    parser.on('field', (name, value) => {
      if (name === 'serverKey') serverKey = value;
    });
    parser.on('file', (name, stream) => {
      if (name !== 'zip') {
        stream.resume();
        return;
      }
      sawZip = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
        chunks.length = 0;
      });
    });
    parser.on('error', () => reject(new UploadError(400, 'UPLOAD_BODY_INVALID', 'The multipart body is malformed.')));
    parser.on('close', () => {
      if (tooLarge) {
        reject(new UploadError(413, 'UPLOAD_TOO_LARGE', `The zip is larger than ${maxZipBytes} bytes.`));
      } else if (!sawZip || serverKey === undefined) {
        reject(new UploadError(400, 'UPLOAD_PART_MISSING', 'Send the file part "zip" and the field "serverKey".'));
      } else {
        resolve({ zip: Buffer.concat(chunks), serverKey });
      }
    });

    body.pipe(parser);
  });
}

/** The status and body of a rejected upload. */
interface Rejection {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Maps mhbkit's input errors to 422 (the phone sent a zip or key that does not open) and the rest to 500. */
function toRejection(error: unknown): Rejection {
  if (error instanceof UploadError) return { status: error.status, code: error.code, message: error.message };
  if (isMhbError(error)) {
    const clientFault = /^(ZIP_|DELIVERY_SERVER_KEY|DELIVERY_INPUT|FILE_)/.test(error.code);
    return { status: clientFault ? 422 : 500, code: error.code, message: error.message };
  }
  return { status: 500, code: 'INTERNAL', message: 'The upload could not be processed.' };
}

function reject(error: unknown, response: Response, logger: Logger): void {
  const { status, code, message } = toRejection(error);
  // mhbkit's messages contain no key, ticket or record contents, so they are safe to log and to send.
  const log = status >= 500 ? logger.error : logger.warn;
  log.call(logger, 'upload rejected', { status, code });
  response.status(status).json({ code, message });
}

/**
 * Builds an express 5 app with `POST /uploads`: pattern B, where the phone uploads the encrypted zip and its
 * serverKey. The file is stored before the reply, so a 201 means the data is safe.
 *
 * @example
 * ```ts
 * const client = createClient({ phase: 'test', profile });
 * createUploadApp({ client, store: saveToDatabase }).listen(3000, '127.0.0.1');
 * ```
 */
export function createUploadApp(options: UploadAppOptions): express.Express {
  const maxZipBytes = options.maxZipBytes ?? DEFAULT_MAX_COMPRESSED_BYTES;
  const logger = options.logger ?? noopLogger;
  const app = express();

  app.post('/uploads', async (request: Request, response: Response) => {
    try {
      const parts = await readUploadParts(request.headers, request, maxZipBytes);
      const received = await options.client.receiveUpload(parts);
      await options.store(received);

      const counts = Object.fromEntries(
        Object.values(received.file.sections).map((section) => [section.code, section.records.length]),
      );
      response.status(201).json({ rawSha256: received.rawSha256, phase: received.phase, records: counts });
    } catch (error) {
      reject(error, response, logger);
    }
  });

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) =>
    reject(error, response, logger),
  );
  return app;
}
