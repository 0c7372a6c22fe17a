/**
 * Layout checks for a client's screen, as the engine laid it out on a device (getEngine().layout.screen): what a
 * player would see wrong at a glance. One function over plain rectangles, so a fork's own screens use it as they are
 * and a spec can feed it a hand-made screen to prove each check fails.
 */
import type { LayoutElement, LayoutRect, LayoutScreen } from "./engine";

export type LayoutCheck =
	"top-bar" | "safe-area" | "off-screen" | "panels-overlap" | "text-fits" | "touch-target" | "player-list";

export interface LayoutProblem {
	readonly check: LayoutCheck;
	readonly path: string;
	readonly detail: string;
}

export interface LayoutCheckOptions {
	/** Names of the elements that are panels: no two of them may overlap. */
	readonly panels?: ReadonlyArray<string>;
}

const EPSILON = 0.5;

function overlap(a: LayoutRect, b: LayoutRect): boolean {
	return (
		math.min(a.x + a.w, b.x + b.w) - math.max(a.x, b.x) > EPSILON &&
		math.min(a.y + a.h, b.y + b.h) - math.max(a.y, b.y) > EPSILON
	);
}

function inside(inner: LayoutRect, outer: LayoutRect): boolean {
	return (
		inner.x >= outer.x - EPSILON &&
		inner.y >= outer.y - EPSILON &&
		inner.x + inner.w <= outer.x + outer.w + EPSILON &&
		inner.y + inner.h <= outer.y + outer.h + EPSILON
	);
}

function describe(rect: LayoutRect): string {
	return `(${math.round(rect.x)}, ${math.round(rect.y)}) ${math.round(rect.w)}x${math.round(rect.h)}`;
}

/** Whether a player sees the element or can press it. */
function shown(element: LayoutElement): element is LayoutElement & { visible: LayoutRect } {
	return element.visible !== undefined && (element.draws || element.interactive);
}

/**
 * The problems on a screen:
 * - top-bar: content (a text, an image, something pressable) under Roblox's top bar, whose buttons are drawn over
 *   it; a plain fill may run under it, as a full-screen background does;
 * - safe-area: something pressable outside the device's safe area (under a notch or past a TV's edge);
 * - off-screen: something drawn partly or wholly past the screen's edges;
 * - panels-overlap: two open panels on top of each other;
 * - text-fits: a text that does not fit its box (TextScaled text fits by shrinking, down to its MinTextSize);
 * - touch-target: on a touch screen, something pressable smaller than the device's touch target (44x44);
 * - player-list: content under Roblox's player list, where it is open.
 */
export function checkLayout(screen: LayoutScreen, options: LayoutCheckOptions = {}): LayoutProblem[] {
	const problems: LayoutProblem[] = [];
	const report = (check: LayoutCheck, element: LayoutElement, detail: string) =>
		problems.push({ check, path: element.path, detail });
	const whole: LayoutRect = { x: 0, y: 0, w: screen.width, h: screen.height };
	const panels: (LayoutElement & { visible: LayoutRect })[] = [];
	for (const element of screen.elements) {
		if (!shown(element)) continue;
		const at = describe(element.visible);
		const content = element.interactive || element.text !== undefined || element.image !== undefined;
		if (content && overlap(element.visible, screen.topbar))
			report("top-bar", element, `${at} is under the top bar`);
		if (element.interactive && !inside(element.visible, screen.safeArea)) {
			report("safe-area", element, `${at} leaves the safe area ${describe(screen.safeArea)}`);
		}
		if (element.draws && !inside(element.visible, whole)) report("off-screen", element, `${at} is off screen`);
		if (element.text !== undefined && !element.text.fits) {
			const needs = `${math.ceil(element.text.width)}x${math.ceil(element.text.height)}`;
			report("text-fits", element, `"${element.text.lines.join(" ")}" needs ${needs} in ${at}`);
		}
		if (element.interactive && screen.touchTarget > 0) {
			if (element.w < screen.touchTarget - EPSILON || element.h < screen.touchTarget - EPSILON) {
				report("touch-target", element, `${at} is smaller than ${screen.touchTarget}x${screen.touchTarget}`);
			}
		}
		if (content && screen.playerList !== undefined && overlap(element.visible, screen.playerList)) {
			report("player-list", element, `${at} is under the player list ${describe(screen.playerList)}`);
		}
		if (options.panels?.includes(element.name)) panels.push(element);
	}
	panels.forEach((panel, index) => {
		for (const other of panels) {
			if (panels.indexOf(other) <= index || !overlap(panel.visible, other.visible)) continue;
			report("panels-overlap", panel, `overlaps ${other.path}`);
		}
	});
	return problems;
}

/** The problems as lines for a failure message ("check path: detail"), sorted. */
export function describeProblems(problems: ReadonlyArray<LayoutProblem>): string[] {
	const lines = problems.map((problem) => `${problem.check} ${problem.path}: ${problem.detail}`);
	lines.sort();
	return lines;
}
