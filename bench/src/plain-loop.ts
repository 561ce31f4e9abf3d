import { deriveZipPassword, type EndpointProfile } from '@mhbkit/core';
import { openDeliveryZip, parseMedicalFile } from '@mhbkit/retrieval';

/** Options of {@link runPlainLoop}. */
export interface PlainLoopOptions {
  readonly profile: EndpointProfile;
  readonly apiKey: string;
  readonly tickets: readonly string[];
  readonly concurrency: number;
}

/**
 * Redeems every ticket with bare `fetch`, as a back-end without mhbkit's client would: download, Base64 decode,
 * derive the zip password, open the zip, parse the file, acknowledge. It has no store, retries, timeouts or
 * polling, so it is the floor that the client's overhead is measured from. Returns the number acknowledged.
 *
 * The requests follow the observed SDK profile: `POST`, form field `json` with the API key and ticket inside.
 */
export async function runPlainLoop(options: PlainLoopOptions): Promise<number> {
  const { profile } = options;
  const fields = profile.responseFields;
  const ticketField = profile.requestFields.ticketNumber;
  const formField = profile.encoding.type === 'form-json' ? profile.encoding.formField : 'json';
  const keyField = profile.apiKey.in === 'json-field' ? profile.apiKey.field : 'sApiKey';

  const post = async (path: string, ticket: string): Promise<Record<string, unknown>> => {
    const body = new URLSearchParams({
      [formField]: JSON.stringify({ [keyField]: options.apiKey, [ticketField]: ticket }),
    });
    const response = await fetch(profile.baseUrl + path, { method: 'POST', body });
    if (!response.ok) throw new Error(`plain loop: HTTP ${response.status} from ${path}`);
    return (await response.json()) as Record<string, unknown>;
  };

  let next = 0;
  let acknowledged = 0;
  const worker = async (): Promise<void> => {
    while (next < options.tickets.length) {
      const ticket = options.tickets[next]!;
      next += 1;

      const reply = await post(profile.operations.download.path, ticket);
      const items = reply[fields.items] as Record<string, string>[] | undefined;
      const item = items?.[0];
      if (item === undefined)
        throw new Error(`plain loop: the download reply has no item (return code ${String(reply[fields.returnCode])})`);

      const zip = Buffer.from(item[fields.file]!, 'base64');
      const password = await deriveZipPassword(options.apiKey, item[fields.serverKey]!);
      const opened = await openDeliveryZip(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), { password });
      await parseMedicalFile(opened.content);

      const ack = await post(profile.operations.acknowledge.path, ticket);
      if (ack[fields.returnCode] === 'G000') acknowledged += 1;
    }
  };

  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return acknowledged;
}
