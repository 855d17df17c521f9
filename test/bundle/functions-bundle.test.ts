/**
 * The production build as Excel loads it: functions.js carries the functions, the model and the
 * dataset's numbers but none of its notes, citations and descriptions, which REE.SOURCE, REE.PARAMS
 * and the catalogue lists (REE.FIELDS, REE.SCENARIOS, REE.METRICS) fetch
 * from the text file next to the script on first use; the numbers never wait for that file, and a
 * file that cannot be loaded is #N/A with the reason. The pane reuses functions.js's modules, and
 * no source maps ship.
 */
import * as fs from "fs";
import * as path from "path";
import { data } from "../../src/functions/data";
import { dependency } from "../../src/functions/dependency";
import { hhi } from "../../src/functions/hhi";
import { params } from "../../src/functions/params";
import { shock } from "../../src/functions/shock";
import { source } from "../../src/functions/source";
import { fields } from "../../src/functions/fields";
import { metrics } from "../../src/functions/metrics";
import { scenarios } from "../../src/functions/scenarios";
import { PACKED_TEXT } from "../../src/model/data/bundled";
import { PROJECTS } from "../../src/model/data/projects";
import { RECORDS } from "../../src/model/data/records";
import { SOURCES } from "../../src/model/data/sources";
import { StandaloneCustomFunctionError } from "../../src/functions/runtime/standalone-runtime";
import { ADDIN_URL, DIST, distFile, fetchFromDist, loadFunctionsBundle } from "../helpers/built-addin";

const isThenable = (value: unknown) => typeof (value as { then?: unknown } | null)?.then === "function";

/** dist/functions.js in a page whose fetch is recorded and answered by `answer`. */
function bundleWith(answer: (url: string) => Promise<Response>) {
  const requests: string[] = [];
  const runtime = loadFunctionsBundle({
    fetch: (input) => {
      requests.push(String(input));
      return answer(String(input));
    },
  });
  const call = (id: string, ...args: unknown[]) => runtime.associated.get(id)!(...args);
  return { call, requests };
}

/** What the same function computes from the sources in Node, where the text is at hand. */
const SOURCES_IN_NODE: Record<string, (...args: never[]) => unknown> = {
  DATA: data,
  DEPENDENCY: dependency,
  HHI: hhi,
  PARAMS: params,
  SHOCK: shock,
  SOURCE: source,
  FIELDS: fields,
  SCENARIOS: scenarios,
  METRICS: metrics,
};
const expected = (id: string, ...args: unknown[]) => SOURCES_IN_NODE[id](...(args as never[]));

const TEXT_CALLS: Array<[string, unknown[]]> = [
  ["SOURCE", ["PRICE", "Dy", "CN", 2024]],
  ["SOURCE", ["MINE_PRODUCTION", "REE", "CN", 2010]],
  ["SOURCE", ["DEPENDENCY", "Dy", "JP", 2027]],
  ["SOURCE", ["DEPENDENCY", "REE", "JP", 2018, null, "LOOKTHROUGH"]],
  ["PARAMS", ["embargo-jp", "JP", "Dy"]],
  ["FIELDS", []],
  ["SCENARIOS", []],
  ["METRICS", []],
];

describe("dist/functions.js and the dataset's text", () => {
  const textFiles = fs.readdirSync(DIST).filter((name) => /^data-text\.[0-9a-f]{12}\.json$/.test(name));
  const script = fs.readFileSync(distFile("functions.js"), "utf8");

  it("ships the current notes and citations in one text file, and none of them in functions.js", () => {
    expect(textFiles).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(DIST, textFiles[0]), "utf8"))).toEqual(PACKED_TEXT);
    expect(script).toContain(JSON.stringify(textFiles[0]));
    const notes = [...RECORDS, ...PROJECTS].map((item) => item.note ?? "").filter((note) => note.length > 30);
    const citations = SOURCES.flatMap((source) => [source.citation, source.url]);
    const descriptions = Object.values(PACKED_TEXT!.catalogues).flatMap((described) =>
      Object.values(described).flatMap((entry) => [entry.description, entry.descriptionJa]),
    );
    expect(descriptions.length).toBeGreaterThan(80);
    expect(
      [...notes, ...citations, ...descriptions].filter((text) => script.includes(JSON.stringify(text).slice(1, -1))),
    ).toEqual([]);
  });

  it("computes numbers at once, without waiting for the text", async () => {
    // The text's request is answered only at the end.
    let answer: (response: Response) => void = () => undefined;
    const { call, requests } = bundleWith(() => new Promise((resolve) => (answer = resolve)));
    for (const [id, args] of [
      ["DATA", ["PRICE", "Dy", "CN", 2024]],
      ["DEPENDENCY", ["JP", "Dy", "CN", 2027]],
      ["SHOCK", ["JP", "Dy", "embargo-jp"]],
      ["HHI", ["REE", "MINE", 2024]],
    ] as Array<[string, unknown[]]>) {
      expect(call(id, ...args)).toEqual(expected(id, ...args));
    }
    // explanations that cite nothing do not wait either
    expect(call("SOURCE", "HHI", "MAGNET", null, 2021, null, "MAGNET")).toEqual(
      expected("SOURCE", "HHI", "MAGNET", null, 2021, null, "MAGNET"),
    );
    expect(requests).toEqual([]);
    const cited = call("SOURCE", "PRICE", "Dy", "CN", 2024);
    expect(isThenable(cited)).toBe(true);
    expect(call("DATA", "PRICE", "Dy", "CN", 2024)).toEqual(expected("DATA", "PRICE", "Dy", "CN", 2024));
    answer(await fetchFromDist(requests[0]));
    expect(await cited).toEqual(expected("SOURCE", "PRICE", "Dy", "CN", 2024));
  });

  it("fetches the text once, from next to the script, and then answers as the command line does", async () => {
    const { call, requests } = bundleWith(fetchFromDist);
    const first = TEXT_CALLS.map(([id, args]) => call(id, ...args));
    first.forEach((value) => expect(isThenable(value)).toBe(true));
    const settled = await Promise.all(first);
    settled.forEach((value, i) => expect(value).toEqual(expected(TEXT_CALLS[i][0], ...TEXT_CALLS[i][1])));
    expect(requests).toEqual([`${ADDIN_URL}${textFiles[0]}`]);
    // loaded: answers now
    const [id, args] = TEXT_CALLS[0];
    expect(call(id, ...args)).toEqual(settled[0]);
  });

  it("gives #N/A with the reason when the text cannot be loaded, and a question without data #N/A at once", async () => {
    const { call } = bundleWith(async () => new Response("not found", { status: 404 }));
    const failure = await Promise.resolve(call("SOURCE", "PRICE", "Dy", "CN", 2024)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StandaloneCustomFunctionError);
    expect(failure).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^The notes and citations \(data-text\.\w+\.json\) could not be loaded: HTTP 404/),
    });
    await expect(Promise.resolve(call("PARAMS", "embargo-jp"))).rejects.toMatchObject({ code: "#N/A" });
    expect(() => call("SOURCE", "PRICE", "Dy", "CN", 1900)).toThrow(/No PRICE for Dy in CN in 1900/);
    expect(() => call("PARAMS", "no-such-scenario")).toThrow(StandaloneCustomFunctionError);
  });
});

describe("dist/ as a whole", () => {
  it("loads functions.js before the pane, and the pane reuses its modules instead of a second copy", () => {
    const page = fs.readFileSync(distFile("taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.filter((src) => !src.startsWith("https:"))).toEqual(["functions.js", "taskpane.js"]);
    const pane = fs.readFileSync(distFile("taskpane.js"), "utf8");
    const functions = fs.readFileSync(distFile("functions.js"), "utf8");
    // The packed numbers and the argument layer's messages: in functions.js only.
    for (const marker of ['"records":{"length"', "is declared twice", "Unknown element or group"]) {
      expect(functions).toContain(marker);
      expect(pane).not.toContain(marker);
    }
  });

  it("ships no source maps", () => {
    expect(fs.readdirSync(DIST, { recursive: true }).filter((name) => String(name).endsWith(".map"))).toEqual([]);
    for (const file of ["functions.js", "taskpane.js"]) {
      expect(fs.readFileSync(distFile(file), "utf8")).not.toMatch(/sourceMappingURL/);
    }
  });
});
