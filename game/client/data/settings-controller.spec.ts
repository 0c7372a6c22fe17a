import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";
import { REJECTION_MESSAGES } from "shared/remotes/rejection";

const SETTINGS = `controller("client/data/settings-controller@SettingsController")`;

describe("the settings controller", () => {
	it("shows the server's value after the user changes the volume faster than the server accepts", () => {
		const world = createWorld({ seed: 91 });
		const server = world.startServer();
		const client = world.join(901, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		// A user dragging the volume slider: thirty changes within a frame, through the controller the UI uses.
		runOnClient(
			client,
			`for step = 1, 30 do ${SETTINGS}:changeSetting({ name = "musicVolume", value = step / 40 }) end`,
		);
		world.advance(3);
		const saved = runWithGame(server, `return playerState.getPlayerData(901).settings.musicVolume`) as number;
		// The server's limit refused the later changes (otherwise this spec would not exercise a refusal)...
		expect(saved).toBeLessThan(30 / 40);
		// ...and the client rolled its optimistic value back to what the server saved.
		expect(runOnClient(client, `return localState.localSettingsAtom().musicVolume`)).toBe(saved);
		expect(runOnClient(client, `return dataState.ownDataAtom().settings.musicVolume`)).toBe(saved);
	});

	it("keeps a change the server accepted", () => {
		const world = createWorld({ seed: 92 });
		const server = world.startServer();
		const client = world.join(902, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		runOnClient(client, `${SETTINGS}:changeSetting({ name = "musicVolume", value = 0.25 })`);
		world.advance(2);
		expect(runWithGame(server, `return playerState.getPlayerData(902).settings.musicVolume`)).toBe(0.25);
		expect(runOnClient(client, `return localState.localSettingsAtom().musicVolume`)).toBe(0.25);
	});

	it("keeps a change made while the player's data is still loading and saves it once the data arrives", () => {
		const world = createWorld({ seed: 93 });
		const server = world.startServer();
		// The store fails for the first 20 s, so the player's data arrives late.
		world.addFault({ kind: "datastore-outage", server, from: world.now(), to: world.now() + 20 });
		const client = world.join(903, server);
		world.runUntil(() => runOnClient(client, `return ${SETTINGS} ~= nil`) === true, 10);
		expect(clientCoins(client)).toBe(undefined);
		runOnClient(
			client,
			`_G.refused = 0
			require(client.network["client-events"]).ClientEvents.actions.rejected:connect(function() _G.refused += 1 end)
			${SETTINGS}:changeSetting({ name = "musicVolume", value = 0.3 })`,
		);
		world.runUntil(() => clientCoins(client) !== undefined, 90);
		world.advance(2);
		expect(runWithGame(server, `return playerState.getPlayerData(903).settings.musicVolume`)).toBe(0.3);
		expect(runOnClient(client, `return localState.localSettingsAtom().musicVolume`)).toBe(0.3);
		expect(runOnClient(client, `return _G.refused`)).toBe(0);
	});

	it("tells a change that crosses the server's shutdown that the server is closing, and keeps what was saved", () => {
		const world = createWorld({ seed: 94 });
		const server = world.startServer();
		const client = world.join(904, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		runOnClient(client, `${SETTINGS}:changeSetting({ name = "musicVolume", value = 0.4 })`);
		world.advance(2);
		// The player moves the slider just after the shutdown began: the client still shows its data (the news that
		// the server let it go is a latency away) while the server has already ended the session. The client prints
		// what it saw, as it is kicked before the spec could ask.
		runOnClient(
			client,
			`require(client.network["client-events"]).ClientEvents.actions.rejected:connect(function(action, message, kind)
				-- After every handler of the refusal, the controller's rollback included.
				task.defer(function()
					print("refused", action, kind, message, localState.localSettingsAtom().musicVolume)
				end)
			end)
			task.delay(0.02, function()
				print("changed with data", dataState.ownDataAtom() ~= nil)
				${SETTINGS}:changeSetting({ name = "musicVolume", value = 0.9 })
			end)`,
		);
		server.shutdown();
		const printed = world
			.output()
			.filter((line) => line.peer === "client904" && line.kind === "output")
			.map((line) => line.message);
		expect(printed).toContain("changed with data true");
		// Told why, truthfully, and the slider back at the saved value.
		expect(printed).toContain(`refused settings.change server-closing ${REJECTION_MESSAGES["server-closing"]} 0.4`);
		expect(client.kickMessage()).toBe("This server is shutting down.");
		const stored = world.readStore("PlayerData", "Player_904") as { Data: { settings: { musicVolume: number } } };
		expect(stored.Data.settings.musicVolume).toBe(0.4);
	});
});
