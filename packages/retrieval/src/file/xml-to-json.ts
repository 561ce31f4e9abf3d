import type { Locale } from '@mhbkit/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MhbFormatError } from './format-error.js';
import type { IssueSink } from './issue-sink.js';
import { fileMessage } from './messages.js';

/** The element name fast-xml-parser gives text that sits between child elements. */
const TEXT_NODE = '#text';

/** Basic-data leaves of `bdata`; every other child of `bdata` is a section. */
const BASIC_DATA = new Set(['b1.1', 'b1.2', 'b2.1']);

/** A nested list (`r1_1`, `R9_1`, …): its elements repeat inside a record. */
const NESTED_LIST = /^r\d+_\d+$/i;

const CARRIAGE_RETURNS = /\r\n?/g;

/** The XML declaration as XML 1.0 defines it; fast-xml-parser's validator accepts curly quotes in it. */
const DECLARATION_START = '<?xml';
const DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>/;

type XmlNode = string | { [tag: string]: XmlNode[] | string };

function createParser(maxDepth: number): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Values stay strings exactly as written: no number parsing, no trimming, so newlines inside values survive.
    parseTagValue: false,
    trimValues: false,
    // Every element becomes an array, so the converter decides where repetition is a list.
    isArray: () => true,
    processEntities: true,
    // Decodes numeric character references (`&#20013;`) as well as the five XML entities.
    htmlEntities: true,
    maxNestedTags: maxDepth,
  });
}

function invalidXml(locale: Locale, line: number, column: number, cause?: unknown): MhbFormatError {
  return new MhbFormatError({
    code: 'FILE_INVALID_XML',
    message: fileMessage('FILE_INVALID_XML', locale, { line, column }),
    line,
    column,
    cause,
  });
}

function findChild(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  for (const tag of Object.keys(node)) {
    const children = node[tag];
    if (tag.toLowerCase() === name && Array.isArray(children)) return children[0];
  }
  return undefined;
}

/** Converts the element children of a node to a JSON object, reporting stray text and repeated leaves. */
function toObject(
  node: Exclude<XmlNode, string>,
  sink: IssueSink,
  section: string,
  index: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const tag of Object.keys(node)) {
    const children = node[tag]!;
    if (tag === TEXT_NODE) {
      if (typeof children === 'string' && children.trim() !== '')
        sink.add('UNEXPECTED_TEXT', 'warning', { section, index });
      continue;
    }
    if (!Array.isArray(children)) continue;

    if (NESTED_LIST.test(tag)) {
      out[tag] = children.map((child) => toRecord(child, tag, sink, section, index));
      continue;
    }
    if (children.length > 1) sink.add('DUPLICATE_ELEMENT', 'warning', { section, index, field: tag });
    const first = children[0]!;
    out[tag] = typeof first === 'string' ? first : toObject(first, sink, section, index);
  }
  return out;
}

/**
 * Converts one repeated element to a record. A text-only element becomes the placeholder shape `{tag: text}` that
 * JSON files use (`<r2>無資料</r2>` → `{"r2": "無資料"}`, `<r0>…</r0>` → `{"r0": "…"}`).
 */
function toRecord(
  node: XmlNode,
  tag: string,
  sink: IssueSink,
  section: string,
  index: number,
): Record<string, unknown> {
  if (typeof node === 'string') return { [tag]: node };
  return toObject(node, sink, section, index);
}

/**
 * Converts an XML medical-class file to the JSON `bdata` shape: repeated section elements become arrays of records,
 * repeated `rN_1` elements nested arrays, leaves strings (entities decoded, whitespace and newlines kept), empty
 * elements `""`.
 *
 * @returns the `myhealthbank` root in JSON shape, or whatever the root held when it is not an element.
 * @throws {@link MhbFormatError} `FILE_INVALID_XML` for text that is not well-formed XML or nests too deep.
 */
export function xmlToJson(text: string, sink: IssueSink, maxDepth: number): unknown {
  const locale = sink.locale;
  // XML 1.0 (section 2.11) normalizes CRLF and lone CR to LF before parsing; fast-xml-parser leaves that to callers.
  const normalized = text.includes('\r') ? text.replace(CARRIAGE_RETURNS, '\n') : text;
  if (normalized.startsWith(DECLARATION_START) && !DECLARATION.test(normalized)) throw invalidXml(locale, 1, 1);
  const validation = XMLValidator.validate(normalized);
  if (validation !== true) throw invalidXml(locale, validation.err.line, validation.err.col);

  let document: Record<string, XmlNode[]>;
  try {
    document = createParser(maxDepth).parse(normalized) as Record<string, XmlNode[]>;
  } catch (error) {
    // fast-xml-parser raises a plain error past maxNestedTags; its message names tags only, never values.
    throw new MhbFormatError({
      code: 'FILE_TOO_DEEP',
      message: fileMessage('FILE_TOO_DEEP', locale, { maxDepth }),
      cause: error,
    });
  }

  const root = findChild(document as XmlNode, 'myhealthbank');
  if (root === undefined) return {};
  if (typeof root === 'string') return root;

  const bdata = findChild(root, 'bdata');
  if (bdata === undefined) return {};
  // An empty `<bdata/>` contains no sections. Text inside bdata is not the file's shape, so it stays as found.
  if (typeof bdata === 'string') return bdata.trim() === '' ? { bdata: {} } : { bdata };

  const out: Record<string, unknown> = {};
  for (const tag of Object.keys(bdata)) {
    const children = bdata[tag]!;
    if (tag === TEXT_NODE || !Array.isArray(children)) continue;

    if (BASIC_DATA.has(tag.toLowerCase())) {
      if (children.length > 1) sink.add('DUPLICATE_ELEMENT', 'warning', { field: tag });
      const first = children[0]!;
      out[tag] = typeof first === 'string' ? first : toObject(first, sink, tag, 0);
      continue;
    }
    out[tag] = children.map((child, index) => toRecord(child, tag, sink, tag.toLowerCase(), index));
  }
  return { bdata: out };
}
