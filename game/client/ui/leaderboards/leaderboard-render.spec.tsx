import { describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { getEngine } from "testing/engine";
import { boardRowText } from "testing/board-row-text";
import { orderedValue, setStats, waitLoaded } from "testing/leaderboard-world";
import { seasonOf } from "shared/leaderboards/season";
import { createWorld, WorldClient } from "testing/world";
import { LeaderboardPanel } from "client/ui/leaderboards/leaderboard-panel";
import { WorldBoard } from "client/ui/leaderboards/world-board";

const MIRRORS = `local state = require(game.Players.LocalPlayer.PlayerScripts.client.leaderboards["leaderboard-state"])
	return { state = state.leaderboardsAtom(), own = state.ownLeaderboardsAtom() }`;

function mirrors(client: WorldClient) {
	return client.run(MIRRORS) as { state?: LeaderboardsState; own?: OwnLeaderboards };
}

/** Renders the HUD panel and the in-world board from a client's synced state, as that client's UI does. */
function render(userId: number, name: string, view: { state?: LeaderboardsState; own?: OwnLeaderboards }) {
	const player = getEngine().addPlayerToHost(userId, name);
	const screen = new Instance("ScreenGui");
	screen.Parent = player.WaitForChild("PlayerGui");
	const part = new Instance("Part");
	const root = ReactRoblox.createRoot(screen);
	ReactRoblox.act(() =>
		root.render(
			<>
				<LeaderboardPanel
					state={view.state}
					own={view.own}
					userId={userId}
					playerName={name}
					onSelectBoard={() => {}}
					onSelectSeason={() => {}}
				/>
				<WorldBoard
					board={view.state!.boards.points}
					part={part}
					own={view.own?.points}
					userId={userId}
					playerName={name}
				/>
			</>,
		),
	);
	const text = (parent: Instance, label: string) =>
		(parent.FindFirstChild(label, true) as TextLabel | undefined)?.Text;
	const result = {
		title: text(screen, "LeaderboardTitle"),
		row1: boardRowText(screen.FindFirstChild("LeaderboardRow1", true)),
		row2: boardRowText(screen.FindFirstChild("LeaderboardRow2", true)),
		board1: boardRowText(part.FindFirstChild("BoardRow1", true)),
	};
	ReactRoblox.act(() => root.unmount());
	return result;
}

// The sync reaches each client's mirrors (world clients); React renders them into PlayerGui
// (create.roblox.com/docs/reference/engine/classes/PlayerGui) and, through a portal, into a part's SurfaceGui
// (create.roblox.com/docs/reference/engine/classes/SurfaceGui). The components render in the test host, fed from a
// world client's mirrors, so the spec can act() on React; the UI a world client renders itself is ui-world.spec.ts's.
describe("leaderboards on a client", () => {
	it("shows the player's own value at once and everybody's within a flush and a refresh", () => {
		const world = createWorld({ seed: 771 });
		const server = world.startServer();
		const ann = world.join(781, server, { name: "Ann" });
		const bob = world.join(782, server, { name: "Bob" });
		waitLoaded(world, server, [781, 782]);
		world.advance(3);
		setStats(server, 781, { points: 50 });
		setStats(server, 782, { points: 20 });
		// Ann's own live value reaches her mirror as soon as her season baseline is known, before any flush or refresh.
		const reached = world.runUntil(() => mirrors(ann).own?.points?.encoded === 50, 25);
		expect(reached).toBe(true);
		expect(orderedValue(server, `LB_points_${seasonOf("weekly", DateTime.now().UnixTimestamp).id}`, 781)).toBe(
			undefined,
		);
		const annView = mirrors(ann);
		const annUi = render(781, "Ann", annView);
		expect(annUi.title).toBe("Points");
		expect(annUi.row1).toBe("1. Ann  50");
		// Everybody's view follows the store within a flush and a refresh interval.
		expect(world.runUntil(() => mirrors(bob).state?.boards.points.rows.size() === 2, 200)).toBe(true);
		const bobUi = render(782, "Bob", mirrors(bob));
		expect(bobUi.row1).toBe("1. Ann  50");
		expect(bobUi.row2).toBe("2. Bob  20");
		expect(bobUi.board1).toBe("1. Ann  50");
		expect(world.scriptErrors()).toEqual([]);
	});
});
