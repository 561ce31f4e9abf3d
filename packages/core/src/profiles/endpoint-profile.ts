/**
 * One operation of an endpoint profile: where it is sent and whether it may be repeated.
 */
export interface EndpointOperation {
  /** The path, joined to the profile's base URL. It starts with `/`. */
  readonly path: string;
  /** The HTTP method. @defaultValue `'POST'` */
  readonly method?: 'POST' | 'GET';
  /**
   * Whether sending the request twice has the same effect as sending it once. The transport retries a
   * non-idempotent operation only on 429 and on a refused connection, where the server cannot have acted on it.
   */
  readonly idempotent: boolean;
}

/** The operations a profile can name. `download` and `acknowledge` are required; others are optional. */
export interface EndpointOperations {
  /** Download the file a ticket stands for. */
  readonly download: EndpointOperation;
  /** Acknowledge that the downloaded file was stored, after which the ticket is spent. */
  readonly acknowledge: EndpointOperation;
  /** Request production of a file, e.g. a pre-authorized pull. */
  readonly requestProduction?: EndpointOperation;
  /** Further operations a future NHI interface may add. */
  readonly [operation: string]: EndpointOperation | undefined;
}

/**
 * The encoding of request fields in the body.
 *
 * - `json`: the fields as a JSON object body (`application/json`).
 * - `form-json`: one form field (`application/x-www-form-urlencoded`) whose value is the fields as JSON text.
 */
export type RequestEncoding =
  | {
      /** Fields as a JSON object body. */
      readonly type: 'json';
    }
  | {
      /** Fields as JSON text in one form field. */
      readonly type: 'form-json';
      /** The name of the form field that carries the JSON text, `json` in the observed protocol. */
      readonly formField: string;
    };

/**
 * The place where the API key travels.
 *
 * - `json-field`: a field of the JSON request fields (inside the form field for `form-json` encoding).
 * - `form-field`: a separate form field beside the JSON form field (`form-json` encoding only).
 * - `header`: an HTTP header, with an optional prefix such as `'Bearer '`.
 * - `query`: a query-string parameter. Avoid it where possible, because URLs end up in proxy logs.
 */
export type ApiKeyPlacement =
  | {
      /** A field of the JSON request fields. */
      readonly in: 'json-field';
      /** The field name, `sApiKey` in the observed protocol. */
      readonly field: string;
    }
  | {
      /** A form field of its own. */
      readonly in: 'form-field';
      /** The form field name. */
      readonly field: string;
    }
  | {
      /** An HTTP header. */
      readonly in: 'header';
      /** The header name, e.g. `Authorization`. */
      readonly header: string;
      /** Text put before the key, e.g. `'Bearer '`. @defaultValue `''` */
      readonly prefix?: string;
    }
  | {
      /** A query-string parameter. */
      readonly in: 'query';
      /** The parameter name. */
      readonly parameter: string;
    };

/** The names of the request fields mhbkit fills itself. */
export interface RequestFieldNames {
  /** The field carrying the ticket number. */
  readonly ticketNumber: string;
}

/** The names of the response fields mhbkit reads. */
export interface ResponseFieldNames {
  /** The envelope return code (`G000` means success in the observed protocol). */
  readonly returnCode: string;
  /** The envelope message text. */
  readonly message: string;
  /** The list of result items in the envelope. */
  readonly items: string;
  /** The download result type in an item (`"1"` ready ... `"4"` ticket rejected in the observed protocol). */
  readonly downloadType: string;
  /** The server key (zip password salt) in a download item. */
  readonly serverKey: string;
  /** The zip file name in a download item. */
  readonly fileName: string;
  /** The zip size in bytes, as text, in a download item. */
  readonly fileSize: string;
  /** The zip content, Base64, in a download item. */
  readonly file: string;
  /** The ticket number in a production response item. */
  readonly ticketNumber: string;
}

/**
 * A typed description of one NHI retrieval interface: base URL, operation paths, request encoding, where the API key
 * travels, and the field names of requests and responses.
 *
 * mhbkit hard-codes no NHI URL as fact. Build a profile with {@link defineEndpointProfile}, or use the observed
 * preset {@link OBSERVED_SDK_DEVICE_2019} together with `allowUnverifiedProfile: true`.
 */
export interface EndpointProfile {
  /** A stable identifier, used in log lines and messages, e.g. `observed-sdk-device-2019`. */
  readonly id: string;
  /** Whether the values come from a published NHI specification. Every preset shipped today is `false`. */
  readonly verified: boolean;
  /** The source of the values, in one or two sentences. */
  readonly provenance: string;
  /** The base URL, `https:` except for loopback addresses. Operation paths are joined to it. */
  readonly baseUrl: string;
  /** The operations and their paths. */
  readonly operations: EndpointOperations;
  /** The encoding of request fields. */
  readonly encoding: RequestEncoding;
  /** The place where the API key travels. */
  readonly apiKey: ApiKeyPlacement;
  /** The request field names mhbkit fills. */
  readonly requestFields: RequestFieldNames;
  /** The response field names mhbkit reads. */
  readonly responseFields: ResponseFieldNames;
}

/** The name of an operation in {@link EndpointOperations}. */
export type OperationName = 'download' | 'acknowledge' | 'requestProduction' | (string & {});
