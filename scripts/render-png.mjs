// Renders the SVGs `npm run screenshot` wrote to PNGs with resvg, in one process. Usage:
//   node scripts/render-png.mjs JOB.json
// where JOB.json is { "fonts": [ttf paths], "files": [{ "svg": path, "png": path, "zoom": device pixels per UI pixel }] }. System fonts are not loaded,
// so every machine draws the same pixels from the stand-in fonts the engine measured the text with.
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const file of job.files) {
	const resvg = new Resvg(readFileSync(file.svg, "utf8"), {
		font: { fontFiles: job.fonts, loadSystemFonts: false, defaultFontFamily: "Source Sans 3" },
		fitTo: { mode: "zoom", value: file.zoom },
	});
	writeFileSync(file.png, resvg.render().asPng());
}
