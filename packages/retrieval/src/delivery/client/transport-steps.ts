import { isMhbApiError, type TicketNumber, type Transport } from '@mhbkit/core';
import type { MedicalFile } from '../../file/medical-file.js';
import type { ResolvedRetrievalPolicy } from '../policy.js';
import { openReceivedZip, type ReceiveContext } from '../receive/open-received-file.js';
import { type ClassifiedDownload, classifyDownload, SUCCESS_RETURN_CODE } from '../redeem/classify-download.js';
import type { AcknowledgeResult, DeliverySteps } from '../scheduler/delivery-types.js';

/**
 * @internal The delivery steps over core's transport: download and acknowledge as profile operations, and opening
 * with the password derived from the client's API key.
 */
export function createTransportSteps(
  transport: Transport,
  policy: ResolvedRetrievalPolicy,
  receive: ReceiveContext,
  now: () => number,
): DeliverySteps<MedicalFile> {
  const { profile, locale } = transport.config;
  const ticketField = profile.requestFields.ticketNumber;

  const download = async (ticket: TicketNumber, signal: AbortSignal): Promise<ClassifiedDownload> => {
    const context = { ticket, fields: profile.responseFields, policy, now: now(), locale };
    try {
      const response = await transport.call('download', { [ticketField]: ticket }, { signal });
      return classifyDownload({ httpStatus: response.status, body: response.body }, context);
    } catch (error) {
      // The transport raises HTTP error statuses after its retries; the ones the policy maps become outcomes.
      if (isMhbApiError(error) && policy.httpStatusOutcomes[error.status] !== undefined) {
        return classifyDownload({ httpStatus: error.status, body: undefined }, context);
      }
      throw error;
    }
  };

  const acknowledge = async (ticket: TicketNumber, signal: AbortSignal): Promise<AcknowledgeResult> => {
    const response = await transport.call('acknowledge', { [ticketField]: ticket }, { signal });
    const returnCode = response.returnCode?.code;
    return {
      acknowledged: returnCode === SUCCESS_RETURN_CODE,
      raw: { source: 'server', httpStatus: response.status, ...(returnCode === undefined ? {} : { returnCode }) },
    };
  };

  return {
    download,
    acknowledge,
    async open(ticket, downloaded, signal) {
      const received = await openReceivedZip(downloaded.zip, downloaded.serverKey, receive, signal);
      return {
        ...received,
        ticket,
        serverKey: downloaded.serverKey,
        ...(downloaded.fileName === undefined ? {} : { fileName: downloaded.fileName }),
        ...(downloaded.declaredSize === undefined ? {} : { declaredSize: downloaded.declaredSize }),
      };
    },
  };
}
