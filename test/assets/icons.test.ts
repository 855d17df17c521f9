import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";
import { ROOT } from "../helpers/built-addin";

describe("icons", () => {
  it.each([16, 32, 64, 80, 128])("icon-%i.png is a real %i px icon, not a blank square", (size) => {
    const png = PNG.sync.read(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    const colours = new Set<number>();
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      colours.add(png.data.readUInt32BE(i));
      if (png.data[i + 3] === 0) transparent++;
    }
    // rounded corners are transparent; the magnet and its poles differ from the tile
    expect(transparent).toBeGreaterThan(0);
    expect(colours.size).toBeGreaterThan(8);
  });

  it("the manifest uses the sizes Office asks for", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    for (const size of [16, 32, 80])
      expect(manifest).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
    expect(manifest).toContain('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
  });
});
