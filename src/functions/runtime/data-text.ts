/**
 * The dataset's text (notes, citations, descriptions) on first use. Only REE.SOURCE, REE.PARAMS and
 * the catalogue lists (REE.FIELDS, REE.SCENARIOS, REE.METRICS) show it, so the functions script
 * does not carry it (`src/model/data/pack.ts`):
 *
 * - in the build, the text is `data-text.<hash>.json` next to functions.js. It is fetched from the
 *   directory of the functions script's own URL (taken while the script runs), so it is found
 *   whichever page loads the script, and it comes from the add-in's own origin, like the script.
 *   A JSON file rather than a webpack chunk: it is data, parsed with JSON.parse and never run,
 *   and loading it needs nothing but `fetch`, not a DOM to insert script tags into, so
 *   functions.js starts the same way in any runtime that loads it;
 * - in Node (the command line, the tests), the text is part of the program and loaded from the start.
 *
 * Concurrent callers share one request. A failure (no answer within `TIMEOUT_MS`, an HTTP error, a
 * file that is not this version's text) rejects with a `NoDataError`, which a cell shows as #N/A
 * with the reason, and is not kept: the next call (a recalculation) tries again.
 */
import { PACKED_TEXT, TEXT_FILE } from "../../model/data/bundled";
import { unpackText, type DataText } from "../../model/data/text";
import { NoDataError } from "../../model/errors";

/** Long enough for a slow connection, short enough that a cell never stays #BUSY! for good. */
export const TIMEOUT_MS = 30000;

/** What `fetch` resolves to, as far as the loader uses it. */
export interface TextResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

export type FetchText = (url: string, init: { credentials: "same-origin"; signal?: unknown }) => Promise<TextResponse>;

export interface TextLoaderOptions {
  /** The packed text when the program has it (Node), else null. */
  readonly packed: unknown;
  /** The text file's URL when it must be fetched, else null. */
  readonly url: string | null;
  /** The runtime's `fetch`; read when a load starts. */
  readonly fetch: () => FetchText | undefined;
  readonly timeoutMs?: number;
}

export interface TextLoader {
  /** The text, if it is loaded. */
  loaded(): DataText | null;
  /** The text, loading it if need be. Rejects with a NoDataError that says why it could not. */
  load(): Promise<DataText>;
  /** `use(text)`: now if the text is loaded, else a promise of it once loaded. */
  withText<T>(use: (text: DataText) => T): T | Promise<T>;
}

function failure(file: string, reason: string): NoDataError {
  return new NoDataError(
    `The notes and citations (${file}) could not be loaded: ${reason}. ` +
      "Only REE.SOURCE, REE.PARAMS, REE.FIELDS, REE.SCENARIOS and REE.METRICS need them; recalculate to try again",
  );
}

export function createTextLoader(options: TextLoaderOptions): TextLoader {
  let text: DataText | null = options.packed === null ? null : unpackText(options.packed);
  let pending: Promise<DataText> | null = null;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;

  function request(url: string): Promise<DataText> {
    const file = url.replace(/^.*\//, "");
    const fetchText = options.fetch();
    if (!fetchText) return Promise.reject(failure(file, "this runtime cannot fetch files"));
    const abort = typeof AbortController === "function" ? new AbortController() : null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      if (typeof setTimeout !== "function") return;
      timer = setTimeout(() => {
        abort?.abort();
        reject(failure(file, `no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
    });
    const fetched = fetchText(url, { credentials: "same-origin", ...(abort ? { signal: abort.signal } : {}) }).then(
      async (response) => {
        // The name carries the content's hash: a script kept from before an update asks for a
        // file the server no longer has.
        if (response.status === 404) throw failure(file, "HTTP 404 (if the add-in was just updated, reload it)");
        if (!response.ok) throw failure(file, `HTTP ${response.status}`);
        let packed: unknown;
        try {
          packed = await response.json();
        } catch {
          throw failure(file, "it is not JSON");
        }
        try {
          return unpackText(packed);
        } catch (error) {
          throw failure(file, `${(error as Error).message}; reload the add-in`);
        }
      },
      (error: unknown) => {
        throw failure(file, error instanceof Error ? error.message : String(error));
      },
    );
    return Promise.race([fetched, timeout]).then(
      (loaded) => {
        if (timer !== undefined) clearTimeout(timer);
        return loaded;
      },
      (error: unknown) => {
        if (timer !== undefined) clearTimeout(timer);
        throw error;
      },
    );
  }

  const loader: TextLoader = {
    loaded: () => text,
    load() {
      if (text) return Promise.resolve(text);
      if (!pending) {
        const url = options.url;
        pending = (
          url === null ? Promise.reject(new NoDataError("The notes and citations are not bundled")) : request(url)
        ).then(
          (loaded) => {
            text = loaded;
            pending = null;
            return loaded;
          },
          (error: unknown) => {
            pending = null;
            throw error;
          },
        );
      }
      return pending;
    },
    withText(use) {
      return text ? use(text) : loader.load().then(use);
    },
  };
  return loader;
}

/**
 * The URL of a file next to the running script: the script's own URL while it runs (in a page),
 * else the page's or the worker's. Relative (resolved against the page) when neither is known.
 */
export function besideScript(file: string): string {
  let base = "";
  if (typeof document !== "undefined") {
    const script = document.currentScript as HTMLScriptElement | null;
    base = (script && script.src) || document.baseURI || "";
  } else if (typeof location !== "undefined") {
    base = location.href;
  }
  return base.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + file;
}

// Made while the functions script runs, so that document.currentScript is that script.
const DATA_TEXT = createTextLoader({
  packed: PACKED_TEXT,
  url: TEXT_FILE === null ? null : besideScript(TEXT_FILE),
  fetch: () => (typeof fetch === "function" ? (url, init) => fetch(url, init as RequestInit) : undefined),
});

/** The dataset's text, if it is loaded. */
export const loadedDataText = (): DataText | null => DATA_TEXT.loaded();

/** The dataset's text, loaded on first use. */
export const loadDataText = (): Promise<DataText> => DATA_TEXT.load();

/** `use(text)` now if the text is loaded, else a promise of it: what a function body returns. */
export const withDataText = <T>(use: (text: DataText) => T): T | Promise<T> => DATA_TEXT.withText(use);
