import { describe, expect, it } from "@rbxts/jest-globals";
import { ballTouchesBox, BodyPart, MOST_WALKED_BETWEEN_CHECKS, touchedOnTheWay } from "./pickup-touch";

// The engine's default rig: a HumanoidRootPart of 2 x 2 x 1 at hip height, a Head of 2 x 1 x 1 above it.
const root = (at: Vector3, frame = CFrame.identity): BodyPart => ({
	frame: new CFrame(at).mul(frame),
	size: new Vector3(2, 2, 1),
});
const rig = (at: Vector3): BodyPart[] => [
	root(at),
	{ frame: new CFrame(at.add(new Vector3(0, 2.5, 0))), size: new Vector3(2, 1, 1) },
];
const COIN = 0.75;

/** Touched fires on contact between parts (create.roblox.com/docs/reference/engine/classes/BasePart#Touched). */
describe("a pickup's touch", () => {
	it("is contact between the ball and a part's box, in the part's orientation", () => {
		const at = new Vector3(0, 3, 0);
		// Beside the root part (half width 1): touching at 1.75 studs, not at 1.8.
		expect(ballTouchesBox(new Vector3(1.74, 3, 0), COIN, root(at))).toBe(true);
		expect(ballTouchesBox(new Vector3(1.8, 3, 0), COIN, root(at))).toBe(false);
		// In front (half depth 0.5): 1.25 studs.
		expect(ballTouchesBox(new Vector3(0, 3, 1.2), COIN, root(at))).toBe(true);
		expect(ballTouchesBox(new Vector3(0, 3, 1.3), COIN, root(at))).toBe(false);
		// Turned a quarter: the wide side faces forward.
		const turned = root(at, CFrame.Angles(0, math.pi / 2, 0));
		expect(ballTouchesBox(new Vector3(0, 3, 1.7), COIN, turned)).toBe(true);
		expect(ballTouchesBox(new Vector3(1.3, 3, 0), COIN, turned)).toBe(false);
		// Past a corner: the distance to the corner, not to either face.
		expect(ballTouchesBox(new Vector3(1.6, 3, 1.1), COIN, root(at))).toBe(false);
	});

	it("does not reach a pickup a few studs away, which a character only walks past", () => {
		const body = rig(new Vector3(0, 3, 0));
		for (const distance of [2, 3, 4.5, 6]) {
			expect(touchedOnTheWay(body, Vector3.zero, new Vector3(distance, 3, 0), COIN)).toBe(false);
		}
		// The head counts too: a gem (radius 1) just above the root part, beside the head.
		expect(touchedOnTheWay(body, Vector3.zero, new Vector3(1.9, 5.5, 0), 1)).toBe(true);
	});

	it("counts a pickup walked through between two checks", () => {
		// Walking 1.6 studs along Z (a tenth of a second at WalkSpeed 16) past a coin level with the midway point, just
		// out of reach at either end (the coin's 0.75 against 0.76 studs from the root part's corner).
		const body = rig(new Vector3(0, 3, 0.8));
		const moved = new Vector3(0, 0, 1.6);
		const coin = new Vector3(1.7, 3, 0);
		expect(touchedOnTheWay(body, Vector3.zero, coin, COIN)).toBe(false);
		expect(ballTouchesBox(coin, COIN, root(new Vector3(0, 3, -0.8)))).toBe(false);
		expect(touchedOnTheWay(body, moved, coin, COIN)).toBe(true);
		// Not one it never came near on the way.
		expect(touchedOnTheWay(body, moved, new Vector3(3, 3, 0), COIN)).toBe(false);
	});

	it("does not sweep a move the server made (a respawn or a teleport)", () => {
		const body = rig(new Vector3(0, 3, 0));
		const moved = new Vector3(0, 0, MOST_WALKED_BETWEEN_CHECKS + 20);
		// On the straight line between where it was and where it is, but the character never walked there.
		expect(touchedOnTheWay(body, moved, new Vector3(0, 3, -15), COIN)).toBe(false);
		expect(touchedOnTheWay(body, moved, new Vector3(0, 3, 1), COIN)).toBe(true);
	});
});
