import { GuiService, Players } from "@rbxts/services";
import { firstInReadingOrder } from "./reading-order";

/** How long a newly opened panel may take to render before the gamepad gives up selecting in it. */
const RENDER_WAIT_FRAMES = 30;

function selectable(object: Instance): object is GuiButton {
	return object.IsA("GuiButton") && object.Selectable && object.Visible;
}

/**
 * The button a gamepad starts on in a panel: the first in reading order of its body's buttons (the controls), or of
 * all its buttons when the body has none (the leaderboard's tabs sit above its body).
 */
export function firstButton(panel: Instance): GuiButton | undefined {
	const body = panel.FindFirstChild("Body");
	let buttons = (body?.GetDescendants() ?? []).filter(selectable);
	if (buttons.isEmpty()) buttons = panel.GetDescendants().filter(selectable);
	const index = firstInReadingOrder(
		buttons.map((button) => ({ x: button.AbsolutePosition.X, y: button.AbsolutePosition.Y })),
	);
	return index !== undefined ? buttons[index] : undefined;
}

/**
 * Where the gamepad's selection goes as panels open and close: into a panel opened from the gamepad (on its first
 * button, once React has drawn it), and nowhere once the panels close, so the gamepad steers the character again.
 */
export class PanelSelection {
	// Each request supersedes the ones before it: a panel closed while it was still rendering selects nothing.
	private request = 0;

	/** Follows a panel opening (`panelFrame`: the name of the frame it draws) or the panels closing (undefined). */
	follow(panelFrame: string | undefined, fromGamepad: boolean) {
		this.request += 1;
		if (panelFrame === undefined) {
			GuiService.SelectedObject = undefined;
			return;
		}
		if (!fromGamepad) return;
		const request = this.request;
		task.spawn(() => {
			const playerGui = Players.LocalPlayer.FindFirstChildOfClass("PlayerGui");
			for (let frame = 0; frame < RENDER_WAIT_FRAMES && request === this.request; frame++) {
				const drawn = playerGui?.FindFirstChild(panelFrame, true);
				const button = drawn !== undefined ? firstButton(drawn) : undefined;
				if (button !== undefined) {
					GuiService.SelectedObject = button;
					return;
				}
				task.wait();
			}
		});
	}
}
