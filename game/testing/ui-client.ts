import { expect } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";
import { runOnClient } from "testing/game-client";
import { findOnScreen } from "testing/bots/screen-path";
import { createWorld, World, WorldClient } from "testing/world";

const MOUNT = `local ui = controller("client/ui/ui-controller@UiController") ui:mount() return true`;

/** The PlayerGui of the client's player. */
export function playerGui(client: WorldClient): Instance {
	return client.game()!.FindFirstChildOfClass("Players")!.LocalPlayer!.FindFirstChild("PlayerGui")!;
}

/**
 * A fresh world with one server and a player who joined it (in `locale`, "en-us" unless given), once the client's
 * UiController is up and the HUD shows the player's coins.
 */
export function joinedWithUi(seed: number, userId: number, locale?: string) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(userId, server, locale !== undefined ? { locale } : undefined);
	untilUiShown(world, client);
	return { world, server, client };
}

/** Mounts the client's UI once its UiController is up, and waits until the HUD shows the player's coins. */
export function untilUiShown(world: World, client: WorldClient) {
	world.runUntil(() => runOnClient(client, MOUNT) === true, 30);
	world.runUntil(() => client.findText("Coins") !== undefined, 60);
}

/**
 * Clicks a button as a player would: `path` names the button's ancestors from the outside in (each found anywhere
 * below the one before), then the button. The engine fires the mouse events and Activated.
 */
export function clickOnScreen(world: World, client: WorldClient, ...path: string[]) {
	const found = findOnScreen(playerGui(client), path);
	expect(found !== undefined && found.IsA("GuiButton")).toBe(true);
	expect(getEngine().click(found as GuiButton)).toBe(true);
	world.advance(0.2);
}
