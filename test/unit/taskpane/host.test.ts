/**
 * Host detection decides by what Office.onReady reports: Excel, no host (a plain browser), an
 * answer that comes after the pane has started in preview, no answer at all, or no office.js.
 * A stand-in Office whose onReady the test resolves when it chooses; time is Jest's fake clock.
 */
import { PREVIEW_AFTER_MS, watchHost, type HostInfo, type OfficeLike } from "../../../src/taskpane/host";

interface StandIn {
  office: OfficeLike;
  answer(host: string | null): void;
  fail(): void;
}

function standIn(displayLanguage = "ja-JP"): StandIn {
  let resolve: (info: { host: string | null }) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const ready = new Promise<{ host: string | null }>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {
    office: { onReady: () => ready, HostType: { Excel: "Excel" }, context: { displayLanguage } },
    answer: (host) => resolve({ host }),
    fail: () => reject(new Error("office.js failed to initialise")),
  };
}

/** Starts watching and returns the reports so far (the array grows as reports arrive). */
function watch(office: OfficeLike | undefined): { reports: HostInfo[]; stop: () => void } {
  const reports: HostInfo[] = [];
  const stop = watchHost(office, "en-US", (info) => reports.push(info));
  return { reports, stop };
}

const excel: HostInfo = { mode: "excel", language: "ja-JP", settled: true };
const preview: HostInfo = { mode: "preview", language: "en-US", settled: true };
const waiting: HostInfo = { mode: "preview", language: "en-US", settled: false };

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("host detection", () => {
  it("is Excel, in Office's display language, when onReady answers Excel before the pane would show preview", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    await jest.advanceTimersByTimeAsync(100);
    office.answer("Excel");
    await jest.advanceTimersByTimeAsync(10 * PREVIEW_AFTER_MS);
    expect(reports).toEqual([excel]);
  });

  it("is a settled preview when onReady answers with no host (a plain browser)", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    office.answer(null);
    await jest.advanceTimersByTimeAsync(10 * PREVIEW_AFTER_MS);
    expect(reports).toEqual([preview]);
  });

  it("shows preview while Office is slow, then switches to Excel when onReady answers late", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    await jest.advanceTimersByTimeAsync(PREVIEW_AFTER_MS - 1);
    expect(reports).toEqual([]); // still "Loading…"
    await jest.advanceTimersByTimeAsync(1);
    expect(reports).toEqual([waiting]);
    // a minute later, long after the old 5-second cut-off, Excel is ready
    await jest.advanceTimersByTimeAsync(60_000);
    office.answer("Excel");
    await jest.advanceTimersByTimeAsync(0);
    expect(reports).toEqual([waiting, excel]);
  });

  it("settles an early preview when onReady answers late with no host", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    await jest.advanceTimersByTimeAsync(PREVIEW_AFTER_MS * 2);
    office.answer(null);
    await jest.advanceTimersByTimeAsync(0);
    expect(reports).toEqual([waiting, preview]);
  });

  it("stays an unsettled preview, ready to switch, when onReady never answers", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    await jest.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(reports).toEqual([waiting]);
  });

  it("is a settled preview at once when office.js is missing or has no onReady", () => {
    expect(watch(undefined).reports).toEqual([preview]);
    expect(watch({ HostType: { Excel: "Excel" } }).reports).toEqual([preview]);
  });

  it("is a settled preview when onReady fails", async () => {
    const office = standIn();
    const { reports } = watch(office.office);
    office.fail();
    await jest.advanceTimersByTimeAsync(10 * PREVIEW_AFTER_MS);
    expect(reports).toEqual([preview]);
  });

  it("is preview for another Office host, and uses the browser's language when Office reports none", async () => {
    const word = standIn();
    const fromWord = watch(word.office);
    word.answer("Word");
    const silent = standIn("");
    const fromExcel = watch(silent.office);
    silent.answer("Excel");
    await jest.advanceTimersByTimeAsync(0);
    expect(fromWord.reports).toEqual([preview]);
    expect(fromExcel.reports).toEqual([{ mode: "excel", language: "en-US", settled: true }]);
  });

  it("reports nothing after it is stopped", async () => {
    const office = standIn();
    const { reports, stop } = watch(office.office);
    stop();
    await jest.advanceTimersByTimeAsync(PREVIEW_AFTER_MS * 2);
    office.answer("Excel");
    await jest.advanceTimersByTimeAsync(0);
    expect(reports).toEqual([]);
  });
});
