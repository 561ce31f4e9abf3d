declare const __MHBKIT_VERSION__: string | undefined;

/** The version of mhbkit, sent in the `User-Agent` header as `mhbkit/<version>`. */
export const VERSION: string = typeof __MHBKIT_VERSION__ === 'string' ? __MHBKIT_VERSION__ : '0.0.0-source';
