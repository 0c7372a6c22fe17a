import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { ContextActionService } from "@rbxts/services";
import { CLOSE_BINDING, InputBinding, PANEL_ACTION_PRIORITY } from "shared/config/input";
import { UiController } from "client/ui/ui-controller";
import { nextPanel, openPanel, PanelName } from "client/ui/panel-actions";
import { MenuEntry, menuEntries } from "client/ui/ui-registry";
import { PanelSelection } from "./panel-selection";

export const CLOSE_ACTION = "ClosePanel";

/** The ContextActionService action name of a panel's key. */
export function panelAction(panel: PanelName): string {
	return `TogglePanel_${panel}`;
}

function inputsOf(binding: InputBinding): Enum.KeyCode[] {
	return [...binding.keyboard, ...binding.gamepad];
}

function fromGamepad(input: InputObject): boolean {
	return input.UserInputType.Name.sub(1, 7) === "Gamepad";
}

/**
 * Keyboard and gamepad for the HUD: a key and a button per panel (its menu entry's binding; a game's panels are bound
 * as they are added) open it or close it, Escape and ButtonB close the open one, and a panel opened from the gamepad
 * gets the gamepad's selection on its first button. Each goes through the
 * same panel state the HUD's buttons change (client/ui/panel-actions). Touch uses the HUD's buttons themselves.
 * A key whose panel the player may not see (diagnostics for a non-admin), or Escape with nothing open, is passed on.
 */
@Controller()
export class InputController implements OnStart {
	private readonly selection = new PanelSelection();
	// Keys and buttons whose press opened or closed a panel: their release is sunk too, so an action bound under ours
	// never sees a release without its press.
	private readonly held = new Set<Enum.KeyCode>();
	/** The panels whose keys are bound, by name. */
	private readonly bound = new Map<PanelName, MenuEntry>();

	constructor(private readonly ui: UiController) {}

	onStart() {
		const bindNew = () => {
			for (const entry of menuEntries(this.ui.extensions())) if (!this.bound.has(entry.panel)) this.bind(entry);
		};
		bindNew();
		subscribe(this.ui.extensions, bindNew);
		ContextActionService.BindActionAtPriority(
			CLOSE_ACTION,
			(_, state, input) => this.onClose(state, input),
			false,
			PANEL_ACTION_PRIORITY,
			...inputsOf(CLOSE_BINDING),
		);
	}

	private bind(entry: MenuEntry) {
		this.bound.set(entry.panel, entry);
		ContextActionService.BindActionAtPriority(
			panelAction(entry.panel),
			(_, state, input) => this.onPanelKey(entry.panel, state, input),
			false,
			PANEL_ACTION_PRIORITY,
			...inputsOf(entry.binding),
		);
	}

	private onPanelKey(panel: PanelName, state: Enum.UserInputState, input: InputObject): Enum.ContextActionResult {
		if (state !== Enum.UserInputState.Begin) return this.release(input);
		if (panel === "diagnostics" && this.ui.sources.diagnostics() === undefined) {
			return Enum.ContextActionResult.Pass;
		}
		const uiState = this.ui.sources.uiState;
		const shown = nextPanel(uiState().openPanel, panel);
		openPanel(uiState, shown);
		this.selection.follow(this.bound.get(shown)?.frame, fromGamepad(input));
		this.held.add(input.KeyCode);
		return Enum.ContextActionResult.Sink;
	}

	private onClose(state: Enum.UserInputState, input: InputObject): Enum.ContextActionResult {
		if (state !== Enum.UserInputState.Begin) return this.release(input);
		const uiState = this.ui.sources.uiState;
		if (uiState().openPanel === "none") return Enum.ContextActionResult.Pass;
		openPanel(uiState, "none");
		this.selection.follow(undefined, false);
		this.held.add(input.KeyCode);
		return Enum.ContextActionResult.Sink;
	}

	/** A release (or a cancel) is ours when its press was. */
	private release(input: InputObject): Enum.ContextActionResult {
		if (!this.held.has(input.KeyCode)) return Enum.ContextActionResult.Pass;
		if (input.UserInputState !== Enum.UserInputState.Change) this.held.delete(input.KeyCode);
		return Enum.ContextActionResult.Sink;
	}
}
