/**
 * Loading the dataset's text on first use (src/functions/runtime/data-text.ts): one request for
 * any number of callers, the text kept once loaded, and every failure a #N/A with its reason
 * (never a cell that stays #BUSY!), tried again on the next call.
 */
import { PACKED_TEXT } from "../../../src/model/data/bundled";
import {
  besideScript,
  createTextLoader,
  loadedDataText,
  type FetchText,
  type TextResponse,
} from "../../../src/functions/runtime/data-text";
import { NoDataError } from "../../../src/model/errors";

const URL = "https://addin.example.com/ree/data-text.0123456789ab.json";
const ok = (body: unknown): TextResponse => ({ ok: true, status: 200, json: async () => body });

function loaderWith(fetchText: FetchText | undefined, timeoutMs?: number) {
  const requests: string[] = [];
  const loader = createTextLoader({
    packed: null,
    url: URL,
    fetch: () =>
      fetchText &&
      ((url, init) => {
        requests.push(url);
        return fetchText(url, init);
      }),
    timeoutMs,
  });
  return { loader, requests };
}

async function failureOf(promise: Promise<unknown>): Promise<NoDataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NoDataError);
  return error as NoDataError;
}

describe("the dataset's text, loaded on first use", () => {
  it("is fetched once, for every caller, then used without waiting", async () => {
    const { loader, requests } = loaderWith(async () => ok(PACKED_TEXT));
    expect(loader.loaded()).toBeNull();
    const calls = [1, 2, 3].map((n) => loader.withText((text) => `${n} ${text.sources.size}`));
    calls.forEach((call) => expect(call).toBeInstanceOf(Promise));
    expect(await Promise.all(calls)).toEqual([1, 2, 3].map((n) => `${n} ${PACKED_TEXT!.sources.length}`));
    expect(requests).toEqual([URL]);
    // Loaded: the answer comes now, not as a promise.
    expect(loader.withText((text) => text.sources.size)).toBe(PACKED_TEXT!.sources.length);
    expect(requests).toHaveLength(1);
  });

  it.each([
    ["an HTTP error", async () => ({ ok: false, status: 503, json: async () => ({}) }), /loaded: HTTP 503\. /],
    [
      "a file the server no longer has",
      async () => ({ ok: false, status: 404, json: async () => ({}) }),
      /HTTP 404 \(if the add-in was just updated, reload it\)/,
    ],
    [
      "a network failure",
      async () => {
        throw new TypeError("Failed to fetch");
      },
      /Failed to fetch/,
    ],
    [
      "a file that is not JSON",
      async () => ({
        ok: true,
        status: 200,
        json: async () => {
          throw new SyntaxError("Unexpected token <");
        },
      }),
      /it is not JSON/,
    ],
    ["the text of another version", async () => ok({ ...PACKED_TEXT, format: 99 }), /format 99.*reload the add-in/],
  ] as Array<[string, FetchText, RegExp]>)(
    "%s is #N/A with the reason, and the next call tries again",
    async (_, failing, reason) => {
      let fetchText = failing;
      const { loader, requests } = loaderWith((url, init) => fetchText(url, init));
      const error = await failureOf(loader.load());
      expect(error.message).toMatch(reason);
      expect(error.message).toMatch(/^The notes and citations \(data-text\.0123456789ab\.json\) could not be loaded: /);
      expect(error.message).toMatch(/recalculate to try again/);
      fetchText = async () => ok(PACKED_TEXT);
      const text = await loader.load();
      expect(text.sources.size).toBe(PACKED_TEXT!.sources.length);
      expect(loader.loaded()).toBe(text);
      expect(requests).toHaveLength(2);
    },
  );

  it("gives up on a server that never answers, and aborts the request", async () => {
    let signal: AbortSignal | undefined;
    const { loader } = loaderWith((_, init) => {
      signal = init.signal as AbortSignal;
      return new Promise(() => undefined);
    }, 50);
    const error = await failureOf(loader.load());
    expect(error.message).toMatch(/no answer within 0.05 s/);
    expect(signal?.aborted).toBe(true);
  });

  it("says so where there is no fetch", async () => {
    const { loader } = loaderWith(undefined);
    expect((await failureOf(loader.load())).message).toMatch(/this runtime cannot fetch files/);
  });

  it("is part of the program in Node, so the command line and the tests never wait", () => {
    expect(loadedDataText()?.sources.size).toBe(PACKED_TEXT!.sources.length);
  });

  it("is found next to the functions script, whichever page runs it", () => {
    const scope = globalThis as { document?: unknown };
    const page = (currentScript: unknown) => {
      scope.document = { currentScript, baseURI: "https://addin.example.com/ree/taskpane.html?_host_Info=Excel" };
    };
    try {
      page({ src: "https://cdn.example.com/ree/v2/functions.js?v=3" });
      expect(besideScript("data-text.json")).toBe("https://cdn.example.com/ree/v2/data-text.json");
      page(null);
      expect(besideScript("data-text.json")).toBe("https://addin.example.com/ree/data-text.json");
    } finally {
      delete scope.document;
    }
  });
});
