import type { entitiesAtom } from "client/replication/entity-controller";
import { COURSE_CONFIG, MAP_LAYOUT, ROUND_CONFIG, SHOP_CATALOG } from "shared/config/demo";
import type { Behaviour, BotContext } from "./behaviours";
import { clientModule } from "./client-modules";
import { walkerOfLocalPlayer } from "./walker";

/**
 * The demo game as a player plays it (game/server/demo): walking about, picking up collectibles in a round, running
 * the course, buying cosmetics. Everything goes through the remotes a real client fires, and every walk is at a speed
 * the server's movement check accepts.
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
/**
 * How near a collectible or checkpoint a bot walks before it fires: a quarter of what the server allows, so the
 * server's copy of the position may lag a report behind (a move is unreliable and may arrive after the reliable
 * request) and still be in range.
 */
const PICKUP_STUDS = ROUND_CONFIG.collectRadius / 4;
const CHECKPOINT_STUDS = COURSE_CONFIG.checkpointRadius / 4;

interface Collectible {
	readonly id: string;
	readonly position: Vector3;
}

/** The collectibles in the client's mirror of the replicated entities (client/replication/entity-controller). */
function liveCollectibles(): Collectible[] {
	const replication = require(clientModule("replication", "entity-controller")) as {
		entitiesAtom: typeof entitiesAtom;
	};
	const found: Collectible[] = [];
	for (const [id, entity] of pairs(replication.entitiesAtom() ?? {})) {
		const position = entity.state.position;
		if (entity.kind === "collectible" && typeIs(position, "Vector3")) found.push({ id: id as string, position });
	}
	return found;
}

function nearest(collectibles: Collectible[], from: Vector3): Collectible | undefined {
	let best: Collectible | undefined;
	for (const collectible of collectibles) {
		const distance = collectible.position.sub(from).Magnitude;
		if (best === undefined || distance < best.position.sub(from).Magnitude) best = collectible;
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
 * Walks to the nearest live collectible and picks it up, a few in a row. A collectible someone else takes first is
 * given up on the way (it leaves the mirror), as a player turns to the next one. Nothing to do between rounds.
 */
function collect(context: BotContext): boolean {
	const walker = walkerOfLocalPlayer();
	const wanted = context.random.NextInteger(1, MOST_PICKUPS_IN_A_ROW);
	// The mirror shows a pickup until the server's removal comes back: never go for the same one twice.
	const taken = new Set<string>();
	// Each target is either picked up or gone: twice the wanted count bounds the walks when others are quicker.
	for (let attempt = 0; attempt < wanted * 2 && taken.size() < wanted; attempt++) {
		const candidates = liveCollectibles().filter((collectible) => !taken.has(collectible.id));
		const target = nearest(candidates, walker.currentPosition());
		if (target === undefined || !walker.canWalk()) break;
		const stillThere = () => liveCollectibles().some((collectible) => collectible.id === target.id);
		if (!walker.walkTo(target.position, { within: PICKUP_STUDS, keepGoing: stillThere })) continue;
		context.events.demo.collect.fire(target.id);
		taken.add(target.id);
	}
	return taken.size() > 0;
}

/** Runs the timed course: to the start line, its checkpoint, on foot to the finish, its checkpoint. */
function runCourse(context: BotContext): boolean {
	const walker = walkerOfLocalPlayer();
	if (!walker.walkTo(MAP_LAYOUT.courseStart, { within: CHECKPOINT_STUDS })) return false;
	context.events.demo.courseCheckpoint.fire("start");
	if (!walker.walkTo(MAP_LAYOUT.courseFinish, { within: CHECKPOINT_STUDS })) return false;
	context.events.demo.courseCheckpoint.fire("finish");
	return true;
}

/** Buys a cosmetic the player can afford and does not own, and half the time puts it on. */
function buy(context: BotContext): boolean {
	const data = context.ownData();
	if (data === undefined) return false;
	const affordable = SHOP_CATALOG.filter(
		(item) => item.price <= data.coins && !data.cosmetics.owned.includes(item.id),
	);
	if (affordable.isEmpty()) return false;
	const item = affordable[context.random.NextInteger(0, affordable.size() - 1)];
	context.events.shop.requestPurchase.fire(item.id);
	// Reliable remotes arrive in order, so the server has applied the purchase when the equip arrives.
	if (context.random.NextInteger(0, 1) === 1) context.events.shop.equip.fire(item.id);
	return true;
}

export const DEMO_BEHAVIOURS: readonly Behaviour[] = [
	{ name: "move", weight: 2, remotes: ["move"], run: move },
	{ name: "collect", weight: 6, remotes: ["move", "collect"], run: collect },
	{ name: "runCourse", weight: 2, remotes: ["move", "courseCheckpoint"], run: runCourse },
	{ name: "buy", weight: 3, remotes: ["requestPurchase", "equip"], run: buy },
];
