import type { FileFormat, SectionCode, SectionMode } from './options.js';

/** The contents of one section of a generated file. */
export interface SectionSummary {
  /** The section code in lower case. */
  readonly code: SectionCode;
  /** The key as written: `R12`–`R14` are upper case in JSON, every XML tag is lower case. */
  readonly key: string;
  /** The section's form in the file. An `empty` section of an XML file is reported as `absent`. */
  readonly status: SectionMode;
  /** Records written, not counting a no-data placeholder. */
  readonly records: number;
  /** Records of the nested `_1` lists, summed over the section. */
  readonly nestedRecords: number;
}

/** A field value that contains control characters (TAB in reports). */
export interface ControlCharacterSite {
  readonly section: SectionCode;
  /** Index of the record within its section, in file order. */
  readonly record: number;
  /** The field key, e.g. `r8.10`. */
  readonly field: string;
  /** The number of control characters in the value. */
  readonly count: number;
  /** True when the JSON writes them raw (a quirk the parser must repair); false when they are escaped. */
  readonly raw: boolean;
}

/** A description of the generated file, detailed enough for a test to assert a parser's result exactly. */
export interface GenerationSummary {
  readonly format: FileFormat;
  readonly seed: number | string;
  readonly maskedId: string;
  readonly applicationDate: string;
  /** The outpatient visit count the sizes were derived from. */
  readonly visits: number;
  /** The file size in bytes, BOM included. */
  readonly bytes: number;
  /** True when the `r0` declaration was written. */
  readonly declaration: boolean;
  readonly sections: Readonly<Record<SectionCode, SectionSummary>>;
  /** r1 rows that are pharmacy dispensing rows (`r1.5` empty, `r1.7` `XXXX`). */
  readonly pharmacyRows: number;
  readonly quirks: {
    readonly bom: boolean;
    readonly crlf: boolean;
    readonly tabIndent: boolean;
    /** How many values were written as bare JSON numbers, and under which keys. */
    readonly bareNumbers: { readonly count: number; readonly fields: readonly string[] };
    /** Every value holding control characters, raw or escaped. */
    readonly controlCharacters: readonly ControlCharacterSite[];
  };
}

/** Mutable summary state the writers fill while they write. */
export class SummaryCollector {
  readonly sections = new Map<SectionCode, SectionSummary>();
  readonly controlCharacters: ControlCharacterSite[] = [];
  readonly bareNumberFields = new Set<string>();
  bareNumberCount = 0;
  pharmacyRows = 0;
  bytes = 0;

  /** Records control characters found in a value. */
  noteControlCharacters(section: SectionCode, record: number, field: string, value: string, raw: boolean): void {
    let count = 0;
    for (let i = 0; i < value.length; i += 1) {
      if (value.charCodeAt(i) < 0x20) count += 1;
    }
    if (count > 0) this.controlCharacters.push({ section, record, field, count, raw });
  }

  /** Records a value written as a bare number. */
  noteBareNumber(field: string): void {
    this.bareNumberCount += 1;
    this.bareNumberFields.add(field);
  }
}
