// ESLint flat config (ESLint 10) for the roblox-ts sources under game/.
// The Luau tooling under .lune/ is checked by StyLua and selene instead (see scripts/lint).
import { defineConfig, globalIgnores } from "eslint/config";
import prettierRecommended from "eslint-plugin-prettier/recommended";
import robloxTs from "eslint-plugin-roblox-ts";
import tseslint from "typescript-eslint";

const TS_SOURCES = ["game/**/*.ts", "game/**/*.tsx"];

// eslint-plugin-roblox-ts 1.4.1 ships `configs.recommended` as one flat-config object carrying
// its own `files` glob and parser setup; only its plugin registration and rules are taken here,
// so that the file globs and the type-aware parser below stay this project's own.
const { plugins: robloxTsPlugins, rules: robloxTsRules } = robloxTs.configs.recommended;

export default defineConfig([
	globalIgnores(["out/", "include/", "build/", "node_modules/", ".altair/"]),
	{
		name: "altair/typescript",
		files: TS_SOURCES,
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: {
				project: "./tsconfig.json",
				tsconfigRootDir: import.meta.dirname,
				sourceType: "module",
				ecmaFeatures: { jsx: true },
			},
		},
		plugins: {
			"@typescript-eslint": tseslint.plugin,
			...robloxTsPlugins,
		},
		rules: {
			...robloxTsRules,
			"@typescript-eslint/no-explicit-any": "error",
			"@typescript-eslint/consistent-type-imports": "off",
		},
	},
	// Last, so that eslint-config-prettier can switch off every formatting rule enabled above.
	{
		...prettierRecommended,
		files: TS_SOURCES,
	},
]);
