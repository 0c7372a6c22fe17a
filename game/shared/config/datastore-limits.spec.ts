import { describe, expect, it } from "@rbxts/jest-globals";
import { engineBudgetOf, RequestKind } from "./datastore-limits";

/** An engine that answers each request type from a table and records what it was asked. */
function engine(answers: Partial<Record<string, number>>) {
	const asked: string[] = [];
	const ask = (requestType: Enum.DataStoreRequestType) => {
		asked.push(requestType.Name);
		return answers[requestType.Name] ?? 0;
	};
	return { asked, ask };
}

// create.roblox.com/docs/reference/engine/enums/DataStoreRequestType: the legacy values "should not be used"; the
// modern ones name the budgets the calls spend (error-codes-and-limits#server-limits).
describe("the DataStore budget questions", () => {
	it("ask the modern request type of each kind", () => {
		const expected: Record<RequestKind, string> = {
			sorted: "OrderedList",
			orderedWrite: "OrderedWrite",
			read: "StandardRead",
			write: "StandardWrite",
		};
		for (const [kind, requestType] of pairs(expected)) {
			const { asked, ask } = engine({ [requestType]: 7 });
			expect(engineBudgetOf(kind, ask)).toBe(7);
			expect(asked).toEqual([requestType]);
		}
	});

	it("fall back on the legacy value only while the modern one reports nothing", () => {
		const inactive = engine({ OrderedList: 0, GetSortedAsync: 4 });
		expect(engineBudgetOf("sorted", inactive.ask)).toBe(4);
		expect(inactive.asked).toEqual(["OrderedList", "GetSortedAsync"]);
		const spent = engine({ OrderedList: 0, GetSortedAsync: 0 });
		expect(engineBudgetOf("sorted", spent.ask)).toBe(0);
	});
});
