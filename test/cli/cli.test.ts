/**
 * The `ree` command line calls the same implementations as the cells: same answers, same errors
 * (as "#VALUE!: message" with exit code 1), JSON on request, and help generated from the declarations.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { runCli } from "../../src/cli/ree";
import { data } from "../../src/functions/data";
import { ROOT } from "../helpers/built-addin";

describe("ree command line", () => {
  it("answers as the cell does", async () => {
    expect(await runCli(["DATA", "PRICE", "Dy", "CN", "2024"])).toEqual({
      code: 0,
      stdout: String(data("PRICE", "Dy", "CN", 2024)[0][0]),
      stderr: "",
    });
    expect((await runCli(["ree.dependency", "JP", "Dy", "", "2027", "", "path=DELAYED", "--json"])).stdout).toBe(
      '{"result":0.85}',
    );
    expect((await runCli(["DEPENDENCY", "JP", "Dy", "", "2027", "", '[["path","NONE"]]'])).stdout).toBe("1");
  });

  it("prints tables with aligned columns, Japanese names counting double width", async () => {
    expect((await runCli(["ELEMENTS", "NDPR"])).stdout.split("\n")).toEqual([
      "symbol  name          name_ja       atomic_number  group",
      "Pr      Praseodymium  プラセオジム  59             LREE",
      "Nd      Neodymium     ネオジム      60             LREE",
    ]);
  });

  it("reports Excel errors with their code and a non-zero exit", async () => {
    expect(await runCli(["DATA", "PRICE", "Xx"])).toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^#VALUE!: Unknown element or group "Xx"/),
    });
    expect((await runCli(["DATA", "PRICE", "Dy", "CN", "1990"])).stderr).toMatch(
      /^#N\/A: No PRICE for Dy in CN in 1990; available years:/,
    );
    expect(JSON.parse((await runCli(["HHI", "Dy", "MINE", "--json"])).stdout)).toEqual({
      error: { code: "#N/A", message: "Mine production is recorded for all rare earths together (REE), not for Dy" },
    });
    expect(await runCli(["NOPE"])).toMatchObject({
      code: 2,
      stderr: 'Unknown function "NOPE": run ree --help for the list',
    });
  });

  it("lists every function with its arguments", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const line of [
      "  VERSION",
      "  ELEMENTS [group: material]",
      "  HHI <element: material> [stage=MINE: MINE|SEPARATION|MAGNET] [year: year]",
      "  DATA <field: REE.FIELDS()> <element: material> [country: country] [year: year] [partner: country] [edition: text]",
    ]) {
      expect(help.stdout.split("\n")).toContain(line);
    }
  });

  it("runs as npx ree from the compiled sources", () => {
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "ree.js"), "DATA", "MINE_PRODUCTION", "REE", "CN", "2024"],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("270000\n");
    expect(result.status).toBe(0);
  });
});
