/**
 * Spot checks of every field through REE.DATA against the research file, so that a cell asking
 * the question an analyst would ask gets the published figure.
 */
import { data } from "../../../src/functions/data";
import { fields } from "../../../src/functions/fields";
import { source } from "../../../src/functions/source";
import { DATASET } from "../../../src/model/data/index";
import { defaultRecords } from "../../../src/model/data/select";

const value = (...args: Parameters<typeof data>) => data(...args)[0][0];

describe("REE.DATA spot checks against the research file", () => {
  it("Japan: China's share of imports fell from 82% (2010) to 60% (2014) and was about 70% in 2024", () => {
    expect(value("IMPORT_SHARE", "REE", "JP", 2010)).toBeCloseTo(0.8161, 4);
    expect(value("IMPORT_SHARE", "REE", "JP", 2014, "CN")).toBeCloseTo(0.5964, 4);
    expect(value("IMPORT_SHARE", "REE", "JP", 2024)).toBeCloseTo(0.7, 2);
  });

  it("Japan: demand, stockpile target and the 2010 monthly imports from China", () => {
    expect(value("DEMAND", "REE", "JP", 2024)).toBe(18835);
    expect(value("STOCKPILE_DAYS", "REE", "JP", 2025)).toBe(60);
    // no source gives Japan's Dy demand, so the data have none: the model derives it (REE.SOURCE("SHOCK", …))
    expect(() => data("DEMAND", "Dy", "JP", 2024)).toThrow(
      /No DEMAND for Dy in JP; available elements: Ce, Eu, La, NDPR, REE, Y/,
    );
    expect(source("SHOCK", "Dy", "JP", 2024)).toMatch(/MAGNETS 0\.3309 x 18,835 t x Dy content 0\.0882 = 550 t/);
    // the end-use split spills one row per application
    expect(data("END_USE_SHARE", "REE", "US", 2018)).toEqual([
      ["application", "value"],
      ["CATALYSTS", 0.6],
      ["POLISHING", 0.1],
      ["METALLURGY", 0.1],
      ["CERAMICS_GLASS", 0.15],
      ["OTHER", 0.05],
    ]);
    expect(data("IMPORTS_MONTHLY", "REE", "JP", 2010)).toEqual([
      ["month", "value"],
      ["2010-09", 2246],
      ["2010-10", 1278],
      ["2010-11", 634],
      ["2010-12", 4081],
    ]);
  });

  it("China: export quotas, magnet exports in May 2025 and the April 2025 controls", () => {
    expect(value("EXPORT_QUOTA", "REE", "CN", 2009)).toBe(50145);
    expect(value("EXPORT_QUOTA", "REE", "CN", 2010)).toBeCloseTo(30258, -2);
    const may = data("MAGNET_EXPORTS_MONTHLY", "MAGNET", "CN", 2025).find((row) => row[0] === "2025-05");
    expect(may?.[1]).toBe(1238);
    expect(value("EXPORT_CONTROL_DATE", "Dy", "CN", 2025)).toBe(45751); // 4 April 2025
    expect(value("EXPORT_CONTROL_DATE", "Ho", "CN", 2025)).toBe(45939); // 9 October 2025
    expect(source("EXPORT_CONTROL_DATE", "Ho", "CN", 2025)).toMatch(/Suspended/);
  });

  it("governance, recycling, US import reliance, processing shares and reserves", () => {
    expect(value("WGI", "Dy", "CN", 2019)).toBeCloseTo(5.72, 2);
    expect(value("WGI", "REE", "AU", 2019)).toBeCloseTo(1.86, 2);
    expect(value("EOL_RIR", "HREE", "EU", 2020)).toBe(0.08);
    expect(value("NET_IMPORT_RELIANCE", "REE", "US", 2024)).toBe(0.53);
    expect(value("SEPARATION_SHARE", "REE", "CN", 2023)).toBe(0.92);
    expect(value("MAGNET_SHARE", "MAGNET", "CN", 2024)).toBe(0.94);
    expect(value("RESERVES", "REE", "CN", 2025)).toBe(44000000);
  });

  it("China's 2024 share of world mine output is about 70% of the MCS 2026 rows", () => {
    const share =
      Number(value("MINE_PRODUCTION", "REE", "CN", 2024)) / Number(value("MINE_PRODUCTION", "REE", "WORLD", 2024));
    expect(share).toBeCloseTo(0.71, 2);
  });

  it("every field listed by REE.FIELDS answers from a cell, and REE.SOURCE cites it", async () => {
    for (const [id] of (await fields()).slice(1)) {
      // the field's most recent preferred record, asked for as a user would type it
      const records = defaultRecords(DATASET.records.filter((r) => r.field === id));
      expect(records.length).toBeGreaterThan(0);
      const sample = records[records.length - 1];
      const answer = data(id, sample.element, sample.country, sample.year, sample.partner ?? null);
      const key = sample.application ?? sample.sector;
      const row =
        sample.month !== undefined
          ? answer.find((r) => r[0] === `${sample.year}-${String(sample.month).padStart(2, "0")}`)
          : key !== undefined
            ? answer.find((r) => r[0] === key)
            : answer[0];
      expect(row?.[sample.month === undefined && key === undefined ? 0 : 1]).toBe(sample.value);
      expect(source(id, sample.element, sample.country, sample.year, sample.partner ?? null)).toMatch(
        /^Grades? [A-D](, [A-D])*[ .]/,
      );
    }
  });
});
