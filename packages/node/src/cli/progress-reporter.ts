import type { DeliveryProgress } from '@mhbkit/retrieval';
import type { CliContext } from './context.js';

/** The width of the progress bar, in characters. */
const BAR_WIDTH = 24;

/**
 * Reports fetch progress on stderr: a bar redrawn in place when stderr is a terminal, otherwise one plain line each
 * time the counts change, so logs stay readable.
 */
export class ProgressReporter {
  readonly #context: CliContext;
  readonly #tty: boolean;
  #saved = 0;
  #lastLine = '';
  #progress: DeliveryProgress | undefined;

  constructor(context: CliContext) {
    this.#context = context;
    this.#tty = context.stderr.isTTY === true;
  }

  /** Counts one saved delivery. */
  saved(): void {
    this.#saved += 1;
    this.#render();
  }

  update(progress: DeliveryProgress): void {
    this.#progress = progress;
    this.#render();
  }

  /** Prints a line above the bar. */
  line(text: string): void {
    if (this.#tty && this.#lastLine !== '') this.#context.stderr.write('\r\x1b[2K');
    this.#context.stderr.write(`${text}\n`);
    if (this.#tty && this.#lastLine !== '') this.#context.stderr.write(this.#lastLine);
  }

  /** Ends the bar with a line break. */
  finish(): void {
    if (this.#tty && this.#lastLine !== '') this.#context.stderr.write('\n');
  }

  #render(): void {
    const progress = this.#progress;
    if (progress === undefined) return;

    const done = progress.acknowledged + progress.failed;
    const text = this.#context.message('FETCH_PROGRESS', {
      done,
      total: progress.total,
      saved: this.#saved,
      acknowledged: progress.acknowledged,
      failed: progress.failed,
    });
    if (!this.#tty) {
      if (text !== this.#lastLine) this.#context.stderr.write(`${text}\n`);
      this.#lastLine = text;
      return;
    }

    const filled = progress.total === 0 ? BAR_WIDTH : Math.round((done / progress.total) * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${text}`;
    this.#context.stderr.write(`\r\x1b[2K${bar}`);
    this.#lastLine = bar;
  }
}
