// Conformance of HttpService's JSON functions.
import { describe, expect, it } from "@rbxts/jest-globals";
import { HttpService } from "@rbxts/services";

// create.roblox.com/docs/reference/engine/classes/HttpService#JSONEncode
describe("HttpService:JSONEncode", () => {
	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONEncode
	it("encodes an empty table as an array, and a sequence as an array in order", () => {
		expect(HttpService.JSONEncode([])).toBe("[]");
		expect(HttpService.JSONEncode(new Map<string, number>())).toBe("[]");
		expect(HttpService.JSONEncode([3, "two", true])).toBe('[3,"two",true]');
	});

	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONEncode
	it("encodes a table with string keys as an object", () => {
		const text = HttpService.JSONEncode({ name: "Altair", count: 2, nested: { ok: true } });
		expect(text.sub(1, 1)).toBe("{");
		const decoded = HttpService.JSONDecode(text) as { name: string; count: number; nested: { ok: boolean } };
		expect(decoded).toEqual({ name: "Altair", count: 2, nested: { ok: true } });
	});

	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONEncode
	it("escapes quotes, backslashes and control characters in strings", () => {
		expect(HttpService.JSONEncode(['a"b\\c\nd'])).toBe('["a\\"b\\\\c\\nd"]');
	});

	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONEncode
	it("rejects a table that mixes array and string keys, and values JSON cannot hold", () => {
		const mixed = new Map<unknown, unknown>();
		mixed.set(1, "a");
		mixed.set("key", "b");
		expect(() => HttpService.JSONEncode(mixed)).toThrow("Can't convert to JSON");
		expect(() => HttpService.JSONEncode({ fn: () => 1 })).toThrow("Can't convert to JSON");
	});
});

// create.roblox.com/docs/reference/engine/classes/HttpService#JSONDecode
describe("HttpService:JSONDecode", () => {
	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONDecode
	it("decodes arrays as sequences and objects as tables with string keys, and round-trips numbers", () => {
		const decoded = HttpService.JSONDecode('{"list":[1,2.5,"x"],"flag":false,"unicode":"\\u00e9"}') as {
			list: (number | string)[];
			flag: boolean;
			unicode: string;
		};
		expect(decoded.list).toEqual([1, 2.5, "x"]);
		expect(decoded.flag).toBe(false);
		expect(decoded.unicode).toBe("é");
		for (const value of [0.1, -1e-7, 123456789.125, 2 ** 53]) {
			expect((HttpService.JSONDecode(HttpService.JSONEncode([value])) as number[])[0]).toBe(value);
		}
	});

	// create.roblox.com/docs/reference/engine/classes/HttpService#JSONDecode
	it("rejects text that is not JSON", () => {
		expect(() => HttpService.JSONDecode("{not json")).toThrow("Can't parse JSON");
	});
});

// create.roblox.com/docs/reference/engine/classes/HttpService#GenerateGUID
describe("HttpService:GenerateGUID", () => {
	// create.roblox.com/docs/reference/engine/classes/HttpService#GenerateGUID
	it("returns distinct version-4 style GUIDs, with braces unless told otherwise", () => {
		const braced = HttpService.GenerateGUID();
		const bare = HttpService.GenerateGUID(false);
		expect(
			braced.match("^{%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-%x%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x}$")[0],
		).never.toBe(undefined);
		expect(bare.match("^%x%x%x%x%x%x%x%x%-%x%x%x%x%-4%x%x%x%-%x%x%x%x%-%x%x%x%x%x%x%x%x%x%x%x%x$")[0]).never.toBe(
			undefined,
		);
		expect(braced.sub(2, -2)).never.toBe(bare);
	});
});
