import type { SectionCode } from '@mhbkit/retrieval';

// The section codes are the parser's, so generator and parser cannot disagree on the 14 sections. In lower case;
// the JSON writes r12–r14 as `R12`–`R14`.
export { SECTION_CODES, type SectionCode } from '@mhbkit/retrieval';

/**
 * The form of a section in the file.
 *
 * - `populated`: records.
 * - `empty`: an empty list (`"r3": []`; in XML the section is left out, because XML has no empty list).
 * - `noData`: the placeholder record (`"r2": [{"r2": "無資料"}]`, `<r2>無資料</r2>`).
 * - `absent`: the key is not written at all.
 */
export type SectionMode = 'populated' | 'empty' | 'noData' | 'absent';

/** A section's mode, or a record count, which means `populated` with exactly that many records. */
export type SectionSetting = SectionMode | number;

/** The file variant to write. */
export type FileFormat = 'json' | 'xml';

/**
 * Byte-level quirks of real files. Real downloads have a BOM, CRLF line endings and TAB indentation; raw control
 * characters and bare numbers appear only where a test requests them.
 */
export interface QuirkOptions {
  /** Starts the file with a UTF-8 byte order mark. @defaultValue `true` */
  readonly bom?: boolean;
  /** Ends lines with CR LF instead of LF. @defaultValue `true` */
  readonly crlf?: boolean;
  /** Indents with one TAB per level instead of two spaces. @defaultValue `true` */
  readonly tabIndent?: boolean;
  /**
   * Writes control characters inside JSON strings raw (unescaped, invalid under RFC 8259) instead of as `\t` escapes.
   * `true` applies to every free-text field that contains one, and a list limits it to those field keys, e.g. `['r8.10']`.
   * XML allows TAB and line feed in text, so this option changes JSON output only.
   * @defaultValue `false`
   */
  readonly rawControlCharacters?: boolean | readonly string[];
  /** Writes amounts, quantities and measurements as bare JSON numbers (`"r1.12": 120`). @defaultValue `false` */
  readonly bareNumbers?: boolean;
}

/** Options of {@link generateMedicalFile} and {@link generateMedicalFileChunks}. */
export interface GeneratorOptions {
  /** The seed; the same seed and options give byte-identical output. @defaultValue `1` */
  readonly seed?: number | string;
  /** The file variant. @defaultValue `'json'` */
  readonly format?: FileFormat;
  /**
   * The masked national ID written to `b1.1`: one upper-case letter, five digits and `****`. A first letter `Z`
   * marks a virtual person; that is this sandbox's convention, not an NHI rule.
   * @defaultValue `Z1` followed by four digits drawn from the seed, then `****`
   */
  readonly maskedId?: string;
  /** The application date written to `b1.2`, `YYYYMMDD`. Record dates fall in the three years before it. @defaultValue `'20260110'` */
  readonly applicationDate?: string;
  /**
   * The size in outpatient visits (r1 rows that are not pharmacy rows). The other sections scale with it.
   * Ignored when `targetBytes` is set. @defaultValue `12`
   */
  readonly visits?: number;
  /**
   * An approximate file size in bytes. The generator picks the visit count that comes closest; expect a few
   * per cent deviation.
   */
  readonly targetBytes?: number;
  /** Per-section overrides; sections not listed are `populated`. */
  readonly sections?: Readonly<Partial<Record<SectionCode, SectionSetting>>>;
  /** Writes the `r0` declaration. @defaultValue `true` */
  readonly declaration?: boolean;
  /** In XML, writes r9–r14 too; real XML files of 2026 lack them. @defaultValue `false` */
  readonly xmlIncludeR9ToR14?: boolean;
  /** Byte-level quirks. @defaultValue BOM, CRLF and TAB indentation on; raw control characters and bare numbers off */
  readonly quirks?: QuirkOptions | 'none';
}

/** Options with every default filled in. */
export interface ResolvedGeneratorOptions {
  readonly seed: number | string;
  readonly format: FileFormat;
  readonly maskedId: string;
  readonly applicationDate: string;
  readonly visits: number;
  readonly sections: Readonly<Record<SectionCode, SectionSetting>>;
  readonly declaration: boolean;
  readonly xmlIncludeR9ToR14: boolean;
  readonly quirks: Required<QuirkOptions>;
}

/** The default number of outpatient visits. */
export const DEFAULT_VISITS = 12;

/** The default application date, fixed so that output does not depend on the day the generator runs. */
export const DEFAULT_APPLICATION_DATE = '20260110';

/** The quirks of a real download: BOM, CRLF and TAB indentation. */
export const REAL_FILE_QUIRKS: Required<QuirkOptions> = {
  bom: true,
  crlf: true,
  tabIndent: true,
  rawControlCharacters: false,
  bareNumbers: false,
};

/** No quirks: plain UTF-8, LF, two-space indentation, escaped control characters, every value a string. */
export const NO_QUIRKS: Required<QuirkOptions> = {
  bom: false,
  crlf: false,
  tabIndent: false,
  rawControlCharacters: false,
  bareNumbers: false,
};
