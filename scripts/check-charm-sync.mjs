#!/usr/bin/env node
// npm run check-charm-sync: proves the README's swap to @rbxts/charm-sync changes exactly two files.
//
// It copies game/ to a scratch directory, replaces game/server/sync/sync-service.ts and
// game/client/sync/sync-controller.ts with the charm-sync versions in scripts/charm-sync/, and type-checks the whole
// game with tsc and the project's own tsconfig against charm-sync 0.4.0's published declarations, read unmodified from
// ../shared/conformance/charm-sync/. Every other file is compiled as it is, so a consumer that calls something only
// Altair's sync has (SyncController.client, SyncService.stats(), ...) fails the check.
//
// The check must be able to fail: the scratch copy also gets a probe file that makes such calls, and the run passes
// only if tsc reports an error on every probe line and nowhere else.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const declarations = path.resolve(repo, "../shared/conformance/charm-sync");
const SWAPPED = ["server/sync/sync-service.ts", "client/sync/sync-controller.ts"];
const PROBE = "charm-sync-probe.ts";
// Each line marked `probe` uses what only Altair's sync offers; under charm-sync each must be a type error.
const PROBE_SOURCE = `import { SyncService } from "server/sync/sync-service";
import { SyncController } from "client/sync/sync-controller";

export function probe(service: SyncService, controller: SyncController) {
	service.stats(); // probe
	service.server.flush(); // probe
	controller.client.start(); // probe
	controller.stats(); // probe
}
`;

if (!fs.existsSync(path.join(declarations, "index.d.ts"))) {
	console.log(`check-charm-sync skipped: ${declarations} is not present`);
	process.exit(0);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "altair-charm-sync-"));
let failed = true;
try {
	const game = path.join(scratch, "game");
	fs.cpSync(path.join(repo, "game"), game, { recursive: true });
	for (const file of SWAPPED) {
		fs.copyFileSync(path.join(repo, "scripts/charm-sync", path.basename(file)), path.join(game, file));
	}
	fs.writeFileSync(path.join(game, PROBE), PROBE_SOURCE);
	fs.symlinkSync(path.join(repo, "node_modules"), path.join(scratch, "node_modules"), "dir");
	const tsconfig = {
		extends: path.join(repo, "tsconfig.json"),
		compilerOptions: {
			noEmit: true,
			// rbxtsc does not check the packages' own declarations either; some do not compile under plain tsc.
			skipLibCheck: true,
			tsBuildInfoFile: path.join(scratch, "tsconfig.tsbuildinfo"),
			rootDir: game,
			baseUrl: game,
			plugins: [],
			paths: {
				"@rbxts/charm-sync": [path.join(declarations, "index.d.ts")],
				// The declarations import Charm; outside the repository it resolves to the project's own copy.
				"@rbxts/charm": [path.join(repo, "node_modules/@rbxts/charm")],
			},
		},
		include: [game],
	};
	fs.writeFileSync(path.join(scratch, "tsconfig.json"), JSON.stringify(tsconfig, null, "\t"));

	const tsc = path.join(repo, "node_modules/typescript/bin/tsc");
	const run = spawnSync(process.execPath, [tsc, "-p", path.join(scratch, "tsconfig.json"), "--pretty", "false"], {
		encoding: "utf8",
	});
	if (run.error) throw run.error;
	const output = `${run.stdout}${run.stderr}`;
	const errors = [];
	for (const line of output.split("\n")) {
		const match = /^(.*)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
		if (match) errors.push({ file: path.relative(game, match[1]), line: Number(match[2]), text: match[3] });
		else if (line.includes("error TS")) errors.push({ file: "", line: 0, text: line });
	}
	const probeLines = PROBE_SOURCE.split("\n")
		.map((text, index) => (text.endsWith("// probe") ? index + 1 : 0))
		.filter((line) => line > 0);
	const unexpected = errors.filter((error) => error.file !== PROBE);
	const missed = probeLines.filter((line) => !errors.some((error) => error.file === PROBE && error.line === line));
	for (const error of unexpected) console.log(`game/${error.file}:${error.line}: ${error.text}`);
	for (const line of missed) console.log(`probe line ${line} compiled: the check would not catch that use`);
	if (run.status !== 0 && errors.length === 0) console.log(output);
	failed = unexpected.length > 0 || missed.length > 0 || (run.status !== 0 && errors.length === 0);
	if (failed) {
		console.log(
			`check-charm-sync FAILED: with ${SWAPPED.join(" and ")} replaced by charm-sync versions, ` +
				`${unexpected.length} error(s) outside the probe, ${missed.length} probe use(s) not caught`,
		);
	} else {
		console.log(
			`check-charm-sync passed: the game compiles against charm-sync ${readVersion()} with only ` +
				`${SWAPPED.join(" and ")} replaced; all ${probeLines.length} Altair-only probe uses are type errors`,
		);
	}
} finally {
	fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

function readVersion() {
	return JSON.parse(fs.readFileSync(path.join(declarations, "package.json"), "utf8")).version;
}
