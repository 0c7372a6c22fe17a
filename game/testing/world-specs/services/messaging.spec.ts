import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld, World } from "../../world";

// Every rule here comes from create.roblox.com/docs/reference/engine/classes/MessagingService.

interface MessagingBus {
	readonly deliveries: { topic: string; server: string; time: number; sent: number }[];
}

function bus(world: World): MessagingBus {
	return (world as unknown as { world: { services: { messaging: MessagingBus } } }).world.services.messaging;
}

const SUBSCRIBE = `
	_G.got = {}
	_G.connection = game:GetService("MessagingService"):SubscribeAsync("news", function(message)
		table.insert(_G.got, { text = message.Data.text, sent = message.Sent, at = time() })
	end)
`;

describe("MessagingService", () => {
	// "sends the provided message to all subscribers to the topic"; the callback gets { Data, Sent }.
	it("delivers a message to every subscribed server, the publisher included, after a latency", () => {
		const world = createWorld({ seed: 3 });
		const servers = [world.startServer(), world.startServer(), world.startServer()];
		for (const server of servers) server.run(SUBSCRIBE);
		servers[2].crash();
		const before = world.now();
		servers[0].run(`game:GetService("MessagingService"):PublishAsync("news", { text = "hello" })`);
		// PublishAsync "yields until the message is received by the backend"; delivery follows later.
		expect(world.now() - before).toBeGreaterThan(0.04);
		expect(servers[0].run(`return #_G.got`)).toBe(0);
		world.advance(0.5);
		for (const server of [servers[0], servers[1]]) {
			const got = server.run(`return _G.got`) as { text: string; sent: number; at: number }[];
			expect(got.size()).toBe(1);
			expect(got[0].text).toBe("hello");
			expect(got[0].at - before).toBeGreaterThanOrEqual(0.1);
			expect(got[0].at - before).toBeLessThan(0.45);
			// Sent is Unix time in seconds at which the message was sent.
			expect(math.abs(got[0].sent - (1767225600 + before))).toBeLessThan(0.01);
		}
		// A crashed server receives nothing.
		const receivers = bus(world).deliveries.map((delivery) => delivery.server);
		expect(receivers.includes(servers[2].name)).toBe(false);
		expect(receivers.size()).toBe(2);
	});

	it("gives each receiver a copy of the data, not the publisher's table", () => {
		const world = createWorld();
		const server = world.startServer();
		const same = server.run(`
			local sent = { text = "mine" }
			local received
			game:GetService("MessagingService"):SubscribeAsync("copy", function(message) received = message.Data end)
			game:GetService("MessagingService"):PublishAsync("copy", sent)
			task.wait(0.5)
			return received ~= sent and received.text == "mine"
		`);
		expect(same).toBe(true);
	});

	// Size of message: 1kB (counted as the JSON encoding, 1024 bytes).
	it("rejects a message over 1kB and accepts one at the limit", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`
			local service = game:GetService("MessagingService")
			local okAtLimit = pcall(service.PublishAsync, service, "big", string.rep("x", 1022))
			local okOver, message = pcall(service.PublishAsync, service, "big", string.rep("x", 1023))
			return { okAtLimit, okOver, message }
		`) as [boolean, boolean, string];
		expect(result[0]).toBe(true);
		expect(result[1]).toBe(false);
		expect(result[2]).toMatch("1kB");
	});

	// Topics are strings of 1–80 characters; messages must be serializable.
	it("rejects long topics and unserializable messages", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`
			local service = game:GetService("MessagingService")
			local okTopic = pcall(service.PublishAsync, service, string.rep("t", 81), 1)
			local okFunction = pcall(service.PublishAsync, service, "t", { f = function() end })
			local okTopic80 = pcall(service.PublishAsync, service, string.rep("t", 80), 1)
			return { okTopic, okFunction, okTopic80 }
		`) as boolean[];
		expect(result).toEqual([false, false, true]);
	});

	// "To unsubscribe, call Disconnect() on the returned object. Once called, the callback should never be invoked."
	it("stops delivery after Disconnect", () => {
		const world = createWorld();
		const publisher = world.startServer();
		const listener = world.startServer();
		listener.run(SUBSCRIBE);
		publisher.run(`game:GetService("MessagingService"):PublishAsync("news", { text = "one" })`);
		world.advance(0.5);
		expect(listener.run(`return _G.connection.Connected`)).toBe(true);
		listener.run(`_G.connection:Disconnect()`);
		publisher.run(`game:GetService("MessagingService"):PublishAsync("news", { text = "two" })`);
		world.advance(0.5);
		expect(listener.run(`return #_G.got`)).toBe(1);
	});

	// Messages sent per game server: 600 + 240 × players per minute.
	it("errors past 600 publishes a minute on a server with no players", () => {
		const world = createWorld();
		const server = world.startServer();
		const failures = server.run(`
			local service = game:GetService("MessagingService")
			local failures, finished = {}, 0
			for index = 1, 601 do
				task.spawn(function()
					local ok, message = pcall(service.PublishAsync, service, "flood", index)
					if not ok then table.insert(failures, message) end
					finished += 1
				end)
			end
			while finished < 601 do task.wait() end
			return failures
		`) as string[];
		expect(failures.size()).toBe(1);
		expect(failures[0]).toMatch("limit");
		// The window slides: a minute later the server may publish again.
		world.advance(61);
		expect(
			server.run(
				`return (pcall(game:GetService("MessagingService").PublishAsync, game:GetService("MessagingService"), "flood", 0))`,
			),
		).toBe(true);
	});
});
