/** @jest-environment node */
import { histogramBars } from "../../../src/taskpane/histogram-chart";
import { linePoints } from "../../../src/taskpane/line-chart";

describe("pane charts", () => {
  it("place a series from the bottom-left to the top-right of the plot", () => {
    expect(linePoints([0, 1], { min: 0, max: 1 })).toBe("8,132 280,8");
    // a flat series at the top of its range draws along the top
    expect(linePoints([5, 5, 5], { min: 0, max: 5 })).toBe("8,8 144,8 280,8");
  });

  it("draw histogram bars in proportion to their counts, side by side", () => {
    const bars = histogramBars([
      { from: 0, to: 1, count: 1 },
      { from: 1, to: 2, count: 3 },
      { from: 2, to: 3, count: 0 },
    ]);
    expect(bars.map((b) => b.height)).toEqual([44, 132, 0]);
    expect(bars.map((b) => b.y + b.height)).toEqual([132, 132, 132]);
    expect(bars[1].x).toBeGreaterThan(bars[0].x + bars[0].width - 0.01);
  });
});
