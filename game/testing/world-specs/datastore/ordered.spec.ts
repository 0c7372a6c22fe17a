import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";

const ORDERED = `local points = game:GetService("DataStoreService"):GetOrderedDataStore("Points")
`;

// create.roblox.com/docs/reference/engine/classes/OrderedDataStore
describe("OrderedDataStore", () => {
	// Ordered stores hold integers only (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits, 104).
	it("stores integers and refuses anything else", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${ORDERED}
			points:SetAsync("a", 5)
			local incremented = points:IncrementAsync("a", 2)
			local updated = points:UpdateAsync("a", function(old) return old * 10 end)
			local fraction = select(2, pcall(points.SetAsync, points, "b", 1.5))
			local text = select(2, pcall(points.SetAsync, points, "c", "12"))
			local badUpdate = select(2, pcall(points.UpdateAsync, points, "a", function() return 0.25 end))
			return { incremented = incremented, updated = updated, read = points:GetAsync("a"),
				fraction = fraction, text = text, badUpdate = badUpdate, missing = points:GetAsync("b") == nil }`) as Record<
			string,
			unknown
		>;
		expect(result.incremented).toBe(7);
		expect(result.updated).toBe(70);
		expect(result.read).toBe(70);
		expect(result.fraction).toMatch("^104: .*integers");
		expect(result.text).toMatch("^104: Can't store string");
		expect(result.badUpdate).toMatch("^104: ");
		expect(result.missing).toBe(true);
	});

	// GetSortedAsync returns DataStorePages of { key, value } in order, pageSize at most 100.
	it("lists entries in order, page by page, within bounds", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${ORDERED}
			for index, score in { 40, 10, 30, 50, 20 } do
				points:SetAsync("p" .. index, score)
			end
			local function collect(pages)
				local list, count = {}, 0
				while true do
					count += 1
					for _, entry in pages:GetCurrentPage() do table.insert(list, entry.key .. "=" .. entry.value) end
					if pages.IsFinished then break end
					pages:AdvanceToNextPageAsync()
				end
				return table.concat(list, " "), count
			end
			local descending, pagesDown = collect(points:GetSortedAsync(false, 2))
			local ascending = collect(points:GetSortedAsync(true, 100))
			local bounded = collect(points:GetSortedAsync(true, 10, 20, 40))
			return {
				descending = descending, pagesDown = pagesDown, ascending = ascending, bounded = bounded,
				tooBig = select(2, pcall(points.GetSortedAsync, points, true, 101)),
				order = select(2, pcall(points.GetSortedAsync, points, true, 10, 5, 1)),
			}`) as Record<string, unknown>;
		expect(result.descending).toBe("p4=50 p1=40 p3=30 p5=20 p2=10");
		expect(result.pagesDown).toBe(3);
		expect(result.ascending).toBe("p2=10 p5=20 p3=30 p1=40 p4=50");
		expect(result.bounded).toBe("p5=20 p3=30 p1=40");
		expect(result.tooBig).toBe("106: PageSize must be within a predefined range.");
		expect(result.order).toBe("107: MaxValue must be greater than or equal to MinValue.");
	});
});
