import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld, World, WorldServer } from "../../world";

// Rules from create.roblox.com/docs/reference/engine/classes/MarketplaceService#ProcessReceipt and
// create.roblox.com/docs/production/monetization/developer-products: the callback is called again until it returns
// PurchaseGranted (after an error, NotProcessedYet or a call that never returns), on the player's next join and while
// they play; the same purchase can arrive more than once, so the game dedupes by PurchaseId.

interface ReceiptRecord {
	readonly purchaseId: string;
	readonly attempts: number;
	readonly granted: boolean;
	readonly servers: string[];
	readonly log: { server: string; outcome: string }[];
}

interface Marketplace {
	readonly purchase: (
		server: unknown,
		spec: { userId: number; productId: number; currencySpent?: number; purchaseId?: string },
	) => ReceiptRecord;
	readonly grantGamePass: (userId: number, gamePassId: number) => void;
	readonly records: ReceiptRecord[];
}

// The engine's harness API lives on the world (world.services.marketplace) once a server has set ProcessReceipt.
function marketplace(world: World): Marketplace {
	return (world as unknown as { world: { services: { marketplace: Marketplace } } }).world.services.marketplace;
}

function buy(world: World, server: WorldServer, userId: number, purchaseId?: string) {
	const peer = (server as unknown as { peer: unknown }).peer;
	return marketplace(world).purchase(peer, { userId, productId: 77, currencySpent: 25, purchaseId });
}

// A handler that follows the documented pattern: grant once per PurchaseId, report PurchaseGranted.
const HANDLER = `
	_G.calls, _G.grants, _G.seen = 0, 0, {}
	_G.behaviour = _G.behaviour or {}
	game:GetService("MarketplaceService").ProcessReceipt = function(info)
		_G.calls += 1
		_G.last = info
		local next = table.remove(_G.behaviour, 1)
		if next == "error" then error("grant failed") end
		if next == "later" then return Enum.ProductPurchaseDecision.NotProcessedYet end
		if next == "hang" then coroutine.yield() end
		if not _G.seen[info.PurchaseId] then
			_G.seen[info.PurchaseId] = true
			_G.grants += 1
		end
		return Enum.ProductPurchaseDecision.PurchaseGranted
	end
`;

describe("MarketplaceService.ProcessReceipt", () => {
	it("passes the documented receipt info and is not called again once granted", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(42, server);
		world.advance(0.5);
		server.run(HANDLER);
		const record = buy(world, server, 42);
		const info = server.run(`
			local info = _G.last
			return { info.PlayerId, info.ProductId, info.CurrencySpent, info.CurrencyType == Enum.CurrencyType.Robux,
				info.PlaceIdWherePurchased == game.PlaceId, typeof(info.PurchaseId) }
		`);
		expect(info).toEqual([42, 77, 25, true, true, "string"]);
		expect(record.attempts).toBe(1);
		expect(record.granted).toBe(true);
		world.advance(30);
		expect(record.attempts).toBe(1);
		expect(server.run(`return _G.calls`)).toBe(1);
	});

	it("retries every 10 s after an error and after NotProcessedYet until granted", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(42, server);
		world.advance(0.5);
		server.run(`_G.behaviour = { "error", "later" }` + HANDLER);
		const record = buy(world, server, 42);
		expect(record.attempts).toBe(1);
		expect(record.granted).toBe(false);
		expect(server.errors().some((message) => message.find("grant failed")[0] !== undefined)).toBe(true);
		world.advance(9);
		expect(record.attempts).toBe(1);
		world.advance(1.2);
		expect(record.attempts).toBe(2);
		expect(record.granted).toBe(false);
		world.advance(10);
		expect(record.attempts).toBe(3);
		expect(record.granted).toBe(true);
		expect(record.log.map((entry) => entry.outcome)).toEqual(["error", "not-processed", "granted"]);
		world.advance(30);
		expect(record.attempts).toBe(3);
	});

	it("retries a call that never returns, on the server the player joins next", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		const client = world.join(9, first);
		world.advance(0.5);
		first.run(`_G.behaviour = { "hang", "hang", "hang" }` + HANDLER);
		second.run(HANDLER);
		const record = buy(world, first, 9);
		expect(record.granted).toBe(false);
		client.leave();
		world.advance(0.5);
		// Not in any server: nothing to retry on.
		world.advance(20);
		expect(record.attempts).toBe(1);
		world.join(9, second);
		world.advance(1);
		expect(record.granted).toBe(true);
		expect(record.attempts).toBe(2);
		expect(record.servers).toEqual([first.name, second.name]);
		expect(second.run(`return _G.grants`)).toBe(1);
	});

	it("hands a replayed PurchaseId to the callback again; the game's dedupe grants once", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(42, server);
		world.advance(0.5);
		server.run(HANDLER);
		const first = buy(world, server, 42);
		const replay = buy(world, server, 42, first.purchaseId);
		expect(replay.purchaseId).toBe(first.purchaseId);
		expect(replay.granted).toBe(true);
		expect(server.run(`return _G.calls`)).toBe(2);
		expect(server.run(`return _G.grants`)).toBe(1);
		expect(marketplace(world).records.size()).toBe(2);
		// A fresh purchase gets a fresh id.
		expect(buy(world, server, 42).purchaseId).never.toBe(first.purchaseId);
	});

	// create.roblox.com/docs/reference/engine/classes/MarketplaceService#UserOwnsGamePassAsync
	it("reports game passes as not owned unless the world grants them", () => {
		const world = createWorld();
		const server = world.startServer();
		server.run(HANDLER);
		const check = `return game:GetService("MarketplaceService"):UserOwnsGamePassAsync(5, 1001)`;
		expect(server.run(check)).toBe(false);
		marketplace(world).grantGamePass(5, 1001);
		expect(server.run(check)).toBe(true);
	});

	it("a bought game pass is owned at once and fires PromptGamePassPurchaseFinished; an outage fails the check", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(44, server);
		world.advance(0.5);
		server.run(`
			_G.finished = {}
			game:GetService("MarketplaceService").PromptGamePassPurchaseFinished:Connect(function(player, id, bought)
				table.insert(_G.finished, { player.UserId, id, bought })
			end)
		`);
		const owns = () =>
			server.run(`
				local ok, owned = pcall(function() return game:GetService("MarketplaceService"):UserOwnsGamePassAsync(44, 3) end)
				return if ok then owned else "error"
			`);
		expect(owns()).toBe(false);
		(marketplace(world) as unknown as { buyGamePass: (userId: number, id: number) => void }).buyGamePass(44, 3);
		world.advance(0.1);
		expect(server.run(`return _G.finished`)).toEqual([[44, 3, true]]);
		expect(owns()).toBe(true);
		world.addFault({ kind: "marketplace-outage", userId: 44 });
		expect(owns()).toBe("error");
	});
});
