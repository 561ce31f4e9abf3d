import type { Locale } from '@mhbkit/core';
import type { FileIssue, IssueCode } from './issues.js';
import { fileMessage } from './messages.js';

/** The place of an issue in the file. */
export interface IssuePlace {
  readonly section?: string | undefined;
  readonly index?: number | undefined;
  /** The nested list (`r1_1`) when the issue is inside a list item. */
  readonly list?: string | undefined;
  /** The 0-based index of the list item. */
  readonly item?: number | undefined;
  readonly field?: string | undefined;
}

/** Writes the field of an issue: `r1.5`, or `r1_1[2].r1_1.3` and `r1_1[2]` inside a list. */
function fieldPath(place: IssuePlace): string | undefined {
  if (place.list === undefined) return place.field;
  const item = `${place.list}[${place.item ?? 0}]`;
  return place.field === undefined ? item : `${item}.${place.field}`;
}

/** Collects the issues of one file, up to a limit, with messages in one locale. */
export class IssueSink {
  readonly issues: FileIssue[] = [];
  private truncated = false;

  constructor(
    readonly locale: Locale,
    private readonly maxIssues: number,
  ) {}

  /** Adds an issue; past the limit, adds one `ISSUES_TRUNCATED` issue and drops the rest. */
  add(
    code: IssueCode,
    severity: FileIssue['severity'],
    place: IssuePlace = {},
    params: Record<string, number> = {},
  ): void {
    if (this.truncated) return;
    if (this.issues.length >= this.maxIssues) {
      this.truncated = true;
      this.issues.push({
        code: 'ISSUES_TRUNCATED',
        severity: 'warning',
        message: fileMessage('ISSUES_TRUNCATED', this.locale, { maxIssues: this.maxIssues }),
      });
      return;
    }

    const field = fieldPath(place);
    const where = this.describe(place.section, place.index, field);
    const issue: { -readonly [K in keyof FileIssue]: FileIssue[K] } = {
      code,
      severity,
      message: fileMessage(code, this.locale, { ...params, where }),
    };
    if (place.section !== undefined) issue.section = place.section;
    if (place.index !== undefined) issue.index = place.index;
    if (field !== undefined) issue.field = field;
    this.issues.push(issue);
  }

  private describe(sectionKey: string | undefined, recordIndex: number | undefined, field: string | undefined): string {
    const section = sectionKey ?? 'bdata';
    if (recordIndex === undefined) {
      return field === undefined ? section : `${section}.${field}`;
    }

    // Messages number records from 1 for readers, while the issue's `index` counts from 0.
    const index = recordIndex + 1;
    if (field === undefined) return fileMessage('WHERE_RECORD', this.locale, { section, index });
    return fileMessage('WHERE_FIELD', this.locale, { section, index, field });
  }
}
