import { addRejections } from "shared/remotes/rejection";

/** Why the demo's server refuses a request, per check, in the source language (demo.csv has their translations). */
export const DEMO_REJECTIONS = {
	"moved-too-fast": "You moved faster than allowed.",
	"no-round": "No round is being played.",
	"already-collected": "Someone got there first.",
	"too-far": "You are too far away.",
	"not-at-checkpoint": "You are not at the checkpoint.",
	"run-not-started": "That run never started.",
	"run-too-fast": "That run was impossibly fast.",
	"run-too-slow": "That run took too long.",
	"no-such-item": "There is no such item.",
	"already-owned": "You already own that.",
	"not-enough-coins": "You need more coins.",
	"not-owned": "You do not own that.",
} as const;

type DemoRejections = typeof DEMO_REJECTIONS;

declare module "shared/remotes/rejection" {
	interface GameRejections extends DemoRejections {}
}

// A pickup another player reached first vanishes from the field: the player is not told of the race they lost.
addRejections(DEMO_REJECTIONS, ["already-collected"]);
