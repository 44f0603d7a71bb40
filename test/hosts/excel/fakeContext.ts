/**
 * The request context of the Excel test double: queues operations like Office.js does and runs
 * them on `sync()`, counting syncs and enforcing Excel's 5 MB request/response limit. Proxies
 * throw, like Excel, when a property is read that was not loaded and synced.
 */
import { cellsTouched, type FakeBook } from './fakeBook.js';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one written cell costs in Excel's request, whatever its JSON: a values write of 2,000 × 10
 * cells of '0' (about 100 KB of JSON) fails in Excel on the web while fewer than 500 rows (5,000
 * cells) go through (office-js-docs-reference #354; office-js #1012 fails at 500 rows): between ~260
 * and ~1,050 bytes a cell against the 5 MB limit. The double counts ~500 bytes a cell for every
 * values and numberFormat write (or the JSON, when longer).
 * https://github.com/OfficeDev/office-js-docs-reference/issues/354
 * https://github.com/OfficeDev/office-js/issues/1012
 */
export const WRITE_BYTES_PER_CELL = 500;

/** Request bytes of writing `matrix` to cells. */
export function writeBytes(matrix: readonly (readonly unknown[])[]): number {
  let cells = 0;
  for (const row of matrix) cells += row.length;
  return Math.max(jsonBytes(matrix), cells * WRITE_BYTES_PER_CELL) + 40;
}

/** An error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

export class FakeContext {
  readonly book: FakeBook;
  #ops: (() => void)[] = [];
  #request = 0;
  #response = 0;

  constructor(book: FakeBook) {
    this.book = book;
  }

  /** Queue an operation; `requestBytes` is what it adds to the request payload. */
  queue(op: () => void, requestBytes = 40): void {
    this.#ops.push(op);
    this.#request += requestBytes;
  }

  /** Called by load operations while they run. */
  respond(bytes: number): void {
    this.#response += bytes;
  }

  get pending(): number {
    return this.#ops.length;
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    if (this.book.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.book.syncDelayMs));
    cellsTouched();
    const ops = this.#ops;
    const request = this.#request;
    this.#ops = [];
    this.#request = 0;
    this.#response = 0;
    this.book.maxRequestBytes = Math.max(this.book.maxRequestBytes, request);
    this.book.totalRequestBytes += request;
    if (request > this.book.payloadLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    }
    // Office.js runs a batch's operations in order and does not undo those before a failure.
    this.book.batchOps = ops.length;
    this.book.syncOps.push(ops.length);
    for (const op of ops) {
      this.book.opsRun++;
      if (this.book.opsRun === this.book.failAtOp) throw new FakeOfficeError('GeneralException', `injected failure at operation ${this.book.opsRun}`);
      op();
    }
    this.book.maxResponseBytes = Math.max(this.book.maxResponseBytes, this.#response);
    this.book.totalResponseBytes += this.#response;
    if (this.#response > this.book.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.#response} bytes`);
    }
  }
}

/** Parse Office.js load arguments ('a, b/c' | ['a'] | { select }) into property paths. */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  if (typeof arg === 'object' && arg !== null && 'select' in arg) return loadPaths((arg as { select: unknown }).select);
  return [];
}

/**
 * Base of every proxy: `load` queues a snapshot of the named properties; reading one that was not
 * loaded and synced throws PropertyNotLoaded, as Excel does.
 */
const LOADED = new WeakMap<object, Map<string, unknown>>();

/** Give `target` a loaded property, as a collection load does for its items. */
export function seedLoaded(target: object, path: string, value: unknown): void {
  let map = LOADED.get(target);
  if (!map) LOADED.set(target, (map = new Map()));
  map.set(path, value);
}

export abstract class FakeClientObject {
  readonly #context: FakeContext;
  #resolvedNull: boolean | undefined;

  constructor(context: FakeContext) {
    this.#context = context;
  }

  /** @internal */ protected get fake(): FakeContext {
    return this.#context;
  }

  /** The property's current value in the workbook (subclasses). */
  protected abstract readProperty(path: string): unknown;

  /** Whether the object exists (null objects override). */
  protected exists(): boolean {
    return true;
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.#context.queue(() => {
      this.#resolvedNull = !this.exists();
      if (this.#resolvedNull) return;
      for (const path of paths) {
        const value = this.readProperty(path);
        seedLoaded(this, path, value);
        this.#context.respond(jsonBytes(value) + path.length + 4);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.#resolvedNull === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject read before load and sync');
    }
    return this.#resolvedNull;
  }

  protected loaded<T>(path: string): T {
    const map = LOADED.get(this);
    if (!map?.has(path)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${path}' is not available. Load it and call context.sync() first.`);
    }
    return map.get(path) as T;
  }

  /** Queue a property write (`requestBytes`: what it costs in the request, when not its JSON). */
  protected set(apply: () => void, value: unknown, requestBytes?: number): void {
    this.#context.queue(apply, requestBytes ?? jsonBytes(value) + 40);
  }
}
