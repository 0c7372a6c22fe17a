import { Players, Workspace } from "@rbxts/services";
import { MAP_LAYOUT, ROUND_CONFIG, SHOP_CATALOG } from "shared/config/demo";
import type { Behaviour, BotContext } from "./behaviours";
import { usePanel } from "./screen";
import { walkerOfLocalPlayer } from "./walker";

/**
 * The demo game as a player plays it (game/server/demo): walking about, running into the collectibles of a round,
 * running the course, buying cosmetics. A bot only steers its character and presses the UI's buttons: the demo
 * controller decides when a pickup or a checkpoint is reached and tells the server, as it does in Studio.
 */

/** Places worth walking to, and how far around them a stroll may end. */
const LANDMARKS = [
	MAP_LAYOUT.spawn,
	MAP_LAYOUT.collectibleArea.center,
	MAP_LAYOUT.courseStart,
	MAP_LAYOUT.courseFinish,
];
const STROLL_STUDS = 12;
/** A player in a round runs from one pickup to the next: up to this many in one go. */
const MOST_PICKUPS_IN_A_ROW = 4;

/** The collectibles the player sees: the parts the demo controller draws in Workspace.Collectibles. */
function visibleCollectibles(): BasePart[] {
	const folder = Workspace.FindFirstChild("Collectibles");
	if (folder === undefined) return [];
	return folder.GetChildren().filter((child): child is BasePart => child.IsA("BasePart"));
}

/** Where the other players' characters are, as this client sees them. */
function otherCharacters(): Vector3[] {
	const positions: Vector3[] = [];
	for (const player of Players.GetPlayers()) {
		if (player === Players.LocalPlayer) continue;
		const root = player.Character?.FindFirstChild("HumanoidRootPart");
		if (root !== undefined && root.IsA("BasePart")) positions.push(root.Position);
	}
	return positions;
}

/** Whether no other player is nearer the pickup: a player does not race someone already on top of one. */
function isFree(part: BasePart, from: Vector3, others: Vector3[]): boolean {
	const distance = part.Position.sub(from).Magnitude;
	return !others.some((other) => part.Position.sub(other).Magnitude < distance);
}

function nearestFree(parts: BasePart[], from: Vector3): BasePart | undefined {
	const others = otherCharacters();
	let best: BasePart | undefined;
	let bestDistance = math.huge;
	for (const part of parts) {
		const distance = part.Position.sub(from).Magnitude;
		if (distance < bestDistance && isFree(part, from, others)) [best, bestDistance] = [part, distance];
	}
	return best;
}

/** Strolls to a random spot near one of the map's landmarks. */
function move(context: BotContext): boolean {
	const random = context.random;
	const landmark = LANDMARKS[random.NextInteger(0, LANDMARKS.size() - 1)];
	const offset = new Vector3(
		random.NextNumber(-STROLL_STUDS, STROLL_STUDS),
		0,
		random.NextNumber(-STROLL_STUDS, STROLL_STUDS),
	);
	return walkerOfLocalPlayer().walkTo(landmark.add(offset));
}

/**
 * Runs into the nearest collectible nobody else is nearer to, a few in a row. One someone else takes first vanishes on
 * the way, and the bot turns to the next, as a player does. Nothing to do between rounds.
 */
function collect(context: BotContext): boolean {
	const walker = walkerOfLocalPlayer();
	const wanted = context.random.NextInteger(1, MOST_PICKUPS_IN_A_ROW);
	let reached = 0;
	// Each target is either reached or gone: twice the wanted count bounds the walks when others are quicker.
	for (let attempt = 0; attempt < wanted * 2 && reached < wanted; attempt++) {
		const target = nearestFree(visibleCollectibles(), walker.currentPosition());
		if (target === undefined || !walker.canWalk()) break;
		const at = target.Position;
		const arrived = walker.walkTo(at, {
			keepGoing: () => target.Parent !== undefined && isFree(target, walker.currentPosition(), otherCharacters()),
		});
		// Gone on the way: picked up as the character came into reach (the controller asked), or taken by another.
		if (arrived || walker.currentPosition().sub(at).Magnitude <= ROUND_CONFIG.collectRadius) reached += 1;
	}
	return reached > 0;
}

/** Runs the timed course: to the start line, then on foot to the finish (the controller starts and stops the clock). */
function runCourse(): boolean {
	const walker = walkerOfLocalPlayer();
	return walker.walkTo(MAP_LAYOUT.courseStart) && walker.walkTo(MAP_LAYOUT.courseFinish);
}

/** Buys a cosmetic the player can afford and does not own, and half the time puts it on: the shop's buttons. */
function buy(context: BotContext): boolean {
	const data = context.ownData();
	if (data === undefined) return false;
	const affordable = SHOP_CATALOG.filter(
		(item) => item.price <= data.coins && !data.cosmetics.owned.includes(item.id),
	);
	if (affordable.isEmpty()) return false;
	const item = affordable[context.random.NextInteger(0, affordable.size() - 1)];
	const equipToo = context.random.NextInteger(0, 1) === 1;
	const screen = context.screen;
	return usePanel(screen, "ShopButton", "ShopPanel", () => {
		const buyText = buttonText(screen, item.id);
		if (!screen.click(`Item_${item.id}`, "ItemAction")) return false;
		// The row's button turns from Buy to Equip once the purchase is in, and a player waits to see that.
		if (equipToo && waitUntil(() => buttonText(screen, item.id) !== buyText))
			screen.click(`Item_${item.id}`, "ItemAction");
		return true;
	});
}

const PURCHASE_WAIT = 5;

function buttonText(screen: BotContext["screen"], itemId: string): string | undefined {
	const button = screen.find(`Item_${itemId}`, "ItemAction");
	return button?.IsA("TextButton") ? button.Text : undefined;
}

function waitUntil(predicate: () => boolean): boolean {
	const startedAt = os.clock();
	while (!predicate()) {
		if (os.clock() - startedAt > PURCHASE_WAIT) return false;
		task.wait(0.1);
	}
	return true;
}

/** The demo's behaviours, found by the bot by this module's name (see behaviours.ts). */
export const BEHAVIOURS: readonly Behaviour[] = [
	{ name: "move", weight: 2, remotes: ["move"], run: move },
	{ name: "collect", weight: 6, remotes: ["move", "collect"], run: collect },
	{ name: "runCourse", weight: 2, remotes: ["move", "courseCheckpoint"], run: runCourse },
	{ name: "buy", weight: 3, remotes: ["requestPurchase", "equip"], run: buy },
];
