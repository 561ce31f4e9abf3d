/**
 * Default maximum number of entries in a delivered zip. NHI zips hold one JSON file; the margin allows folders and
 * metadata files added by tools that repack uploads.
 */
export const DEFAULT_MAX_ZIP_ENTRIES = 16;

/** Default maximum size of a delivered zip, in bytes (64 MiB). */
export const DEFAULT_MAX_COMPRESSED_BYTES = 64 * 1024 * 1024;

/**
 * Default maximum uncompressed size, in bytes (256 MiB), for one entry and for all entries read from one zip
 * together. A medical-class file covering several years is a few megabytes.
 */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

/**
 * Default maximum ratio of uncompressed to compressed size for one entry. JSON with repeated keys compresses about
 * 10 to 30 times; deflate bombs reach 1,000 times.
 */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;

/** Limits applied while opening a zip, which guard against zip bombs. Each has a documented default. */
export interface ZipLimits {
  /**
   * Maximum number of entries, folders included.
   * @defaultValue {@link DEFAULT_MAX_ZIP_ENTRIES} (16)
   */
  readonly maxEntries?: number;
  /**
   * Maximum size of the zip itself, in bytes.
   * @defaultValue {@link DEFAULT_MAX_COMPRESSED_BYTES} (64 MiB)
   */
  readonly maxCompressedBytes?: number;
  /**
   * Maximum uncompressed size in bytes, for one entry and for the sum of the entries read.
   * @defaultValue {@link DEFAULT_MAX_UNCOMPRESSED_BYTES} (256 MiB)
   */
  readonly maxUncompressedBytes?: number;
  /**
   * Maximum ratio of uncompressed to compressed size of one entry, checked on the declared sizes and again while
   * the entry is inflated.
   * @defaultValue {@link DEFAULT_MAX_COMPRESSION_RATIO} (200)
   */
  readonly maxCompressionRatio?: number;
}

/** @internal Limits with every default filled in. */
export type ResolvedZipLimits = Required<ZipLimits>;

/** @internal Fills in the defaults of {@link ZipLimits}. */
export function resolveZipLimits(limits: ZipLimits = {}): ResolvedZipLimits {
  return {
    maxEntries: limits.maxEntries ?? DEFAULT_MAX_ZIP_ENTRIES,
    maxCompressedBytes: limits.maxCompressedBytes ?? DEFAULT_MAX_COMPRESSED_BYTES,
    maxUncompressedBytes: limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
    maxCompressionRatio: limits.maxCompressionRatio ?? DEFAULT_MAX_COMPRESSION_RATIO,
  };
}
