// The engine's input path: ContextActionService, UserInputService (events, gameProcessedEvent, device flags, TextBox
// focus) and GuiService's gamepad selection. Each input is sent as a device sends it (testing/input.ts).
import { describe, expect, it } from "@rbxts/jest-globals";
import { EnginePeer, getEngine } from "../engine";
import { press, pressGamepad, pressKey } from "../input";

let nextUserId = 8300;

function client(): { peer: EnginePeer; model: DataModel } {
	const peer = getEngine().createPeer({ kind: "client", name: `input${nextUserId}` });
	peer.addPlayer(nextUserId, `InputSpec${nextUserId}`);
	nextUserId += 1;
	return { peer, model: peer.game };
}

function services(model: DataModel) {
	return {
		actions: model.GetService("ContextActionService"),
		input: model.GetService("UserInputService"),
		gui: model.GetService("GuiService"),
	};
}

function recorder() {
	const log: string[] = [];
	const handler =
		(result?: Enum.ContextActionResult) => (name: string, state: Enum.UserInputState, input: InputObject) => {
			log.push(`${name} ${state.Name} ${input.KeyCode.Name}`);
			return result;
		};
	return { log, handler };
}

describe("ContextActionService", () => {
	// create.roblox.com/docs/reference/engine/enums/ContextActionPriority and .../enums/ContextActionResult
	it("offers an input from the highest priority down; Pass hands it on, Sink and nothing stop it", () => {
		const { model } = client();
		const { actions } = services(model);
		const { log, handler } = recorder();
		actions.BindActionAtPriority("low", handler(), false, 1000, Enum.KeyCode.E);
		actions.BindActionAtPriority("high", handler(Enum.ContextActionResult.Pass), false, 3000, Enum.KeyCode.E);
		actions.BindAction("medium", handler(), false, Enum.KeyCode.E);
		const outcome = pressKey(model, Enum.KeyCode.E);
		// Medium returned nothing: a sink, so low never saw the press; the release goes the same way.
		expect(log).toEqual(["high Begin E", "medium Begin E", "high End E", "medium End E"]);
		expect(outcome).toEqual({ gameProcessed: true, action: "medium" });
	});

	// create.roblox.com/docs/reference/engine/classes/ContextActionService#BindAction
	it("runs the most recent of equal priorities first, matches a UserInputType, and forgets an unbound action", () => {
		const { model } = client();
		const { actions } = services(model);
		const { log, handler } = recorder();
		actions.BindAction("first", handler(), false, Enum.KeyCode.Q);
		actions.BindAction("second", handler(Enum.ContextActionResult.Pass), false, Enum.UserInputType.Keyboard);
		pressKey(model, Enum.KeyCode.Q);
		expect(log).toEqual(["second Begin Q", "first Begin Q", "second End Q", "first End Q"]);
		log.clear();
		actions.UnbindAction("first");
		actions.UnbindAction("second");
		expect(pressKey(model, Enum.KeyCode.Q)).toEqual({ gameProcessed: false });
		expect(log).toEqual([]);
	});

	it("counts a handler that yields as a sink", () => {
		const { model } = client();
		const { actions } = services(model);
		const { log, handler } = recorder();
		actions.BindActionAtPriority("under", handler(), false, 1000, Enum.KeyCode.R);
		actions.BindActionAtPriority(
			"waits",
			() => {
				task.wait(1);
				return Enum.ContextActionResult.Pass;
			},
			false,
			2000,
			Enum.KeyCode.R,
		);
		expect(pressKey(model, Enum.KeyCode.R).action).toBe("waits");
		expect(log).toEqual([]);
	});

	it("counts a handler that errors as a sink and reports the error as a script error", () => {
		const { peer, model } = client();
		const { actions } = services(model);
		const { log, handler } = recorder();
		actions.BindActionAtPriority("under", handler(), false, 1000, Enum.KeyCode.T);
		actions.BindActionAtPriority("broken", () => error("handler broke"), false, 2000, Enum.KeyCode.T);
		expect(pressKey(model, Enum.KeyCode.T).action).toBe("broken");
		expect(log).toEqual([]);
		expect(
			peer
				.errors()
				.filter((message) => message.find("handler broke")[0] !== undefined)
				.size(),
		).toBe(2);
	});

	it("refuses a binding that is not an action name, a function and inputs", () => {
		const { model } = client();
		const { actions } = services(model);
		const untyped = actions as unknown as { BindAction(...args: unknown[]): void };
		expect(() => untyped.BindAction(5, () => undefined, false, Enum.KeyCode.E)).toThrow("actionName");
		expect(() => untyped.BindAction("x", "not a function", false, Enum.KeyCode.E)).toThrow("functionToBind");
		expect(() => untyped.BindAction("x", () => undefined, false, "E")).toThrow("input #1");
	});
});

describe("UserInputService", () => {
	// create.roblox.com/docs/reference/engine/classes/UserInputService#InputBegan
	it("fires InputBegan and InputEnded with gameProcessedEvent true only when an action or the GUI took the input", () => {
		const { model } = client();
		const { actions, input } = services(model);
		const seen: string[] = [];
		input.InputBegan.Connect((object, processed) => seen.push(`began ${object.KeyCode.Name} ${processed}`));
		input.InputEnded.Connect((object, processed) => seen.push(`ended ${object.KeyCode.Name} ${processed}`));
		actions.BindAction("jump", () => Enum.ContextActionResult.Sink, false, Enum.KeyCode.Space);
		pressKey(model, Enum.KeyCode.Space);
		pressKey(model, Enum.KeyCode.F);
		expect(seen).toEqual(["began Space true", "ended Space true", "began F false", "ended F false"]);
	});

	// create.roblox.com/docs/reference/engine/classes/TextBox#CaptureFocus and
	// .../classes/UserInputService#GetFocusedTextBox
	it("gives keys to a focused TextBox: no action sees them and gameProcessedEvent is true", () => {
		const { peer, model } = client();
		const { actions, input } = services(model);
		const { log, handler } = recorder();
		actions.BindAction("open", handler(), false, Enum.KeyCode.B, Enum.KeyCode.ButtonX);
		const box = peer.run(`
			local screen = Instance.new("ScreenGui")
			screen.Parent = game.Players.LocalPlayer.PlayerGui
			local box = Instance.new("TextBox")
			box.Parent = screen
			return box
		`) as TextBox;
		const focus: string[] = [];
		input.TextBoxFocused.Connect((focused) => focus.push(`focused ${focused === box}`));
		box.FocusLost.Connect((submitted) => focus.push(`lost ${submitted}`));
		box.CaptureFocus();
		expect(input.GetFocusedTextBox()).toBe(box);
		expect(box.IsFocused()).toBe(true);
		expect(pressKey(model, Enum.KeyCode.B)).toEqual({ gameProcessed: true });
		expect(log).toEqual([]);
		// A gamepad button is not typing: it still reaches the action.
		pressGamepad(model, Enum.KeyCode.ButtonX);
		expect(log).toEqual(["open Begin ButtonX", "open End ButtonX"]);
		box.ReleaseFocus(true);
		expect(input.GetFocusedTextBox()).toBeUndefined();
		expect(pressKey(model, Enum.KeyCode.B).action).toBe("open");
		expect(focus).toEqual(["focused true", "lost true"]);
	});

	// create.roblox.com/docs/reference/engine/classes/UserInputService#KeyboardEnabled, #TouchEnabled,
	// #GamepadEnabled, #GetLastInputType and #GamepadConnected
	it("reports the device's keyboard, touch and gamepad, and a gamepad once one is used", () => {
		const desktop = client();
		const phone = client();
		const tv = client();
		getEngine().layout.setDevice(phone.model, "phone");
		getEngine().layout.setDevice(tv.model, "console");
		const flags = (model: DataModel) => {
			const input = services(model).input;
			return [input.KeyboardEnabled, input.MouseEnabled, input.TouchEnabled, input.GamepadEnabled];
		};
		expect(flags(desktop.model)).toEqual([true, true, false, false]);
		expect(flags(phone.model)).toEqual([false, false, true, false]);
		expect(flags(tv.model)).toEqual([false, false, false, true]);
		const input = services(desktop.model).input;
		expect(input.GetLastInputType()).toBe(Enum.UserInputType.Keyboard);
		const events: string[] = [];
		input.GamepadConnected.Connect((gamepad) => events.push(`connected ${gamepad.Name}`));
		input.LastInputTypeChanged.Connect((kind) => events.push(`last ${kind.Name}`));
		pressGamepad(desktop.model, Enum.KeyCode.ButtonY);
		expect(input.GamepadEnabled).toBe(true);
		expect(input.GetLastInputType()).toBe(Enum.UserInputType.Gamepad1);
		expect(input.GetConnectedGamepads()).toEqual([Enum.UserInputType.Gamepad1]);
		pressKey(desktop.model, Enum.KeyCode.W);
		expect(events).toEqual(["connected Gamepad1", "last Gamepad1", "last Keyboard"]);
	});

	it("keeps what is held down until it is released", () => {
		const { model } = client();
		const input = services(model).input;
		const send = (state: Enum.UserInputState) =>
			getEngine().sendInput(model, {
				KeyCode: Enum.KeyCode.LeftShift,
				UserInputType: Enum.UserInputType.Keyboard,
				UserInputState: state,
			});
		send(Enum.UserInputState.Begin);
		expect(input.IsKeyDown(Enum.KeyCode.LeftShift)).toBe(true);
		expect(input.GetKeysPressed().map((key) => key.KeyCode)).toEqual([Enum.KeyCode.LeftShift]);
		send(Enum.UserInputState.End);
		expect(input.IsKeyDown(Enum.KeyCode.LeftShift)).toBe(false);
	});
});

describe("GuiService gamepad selection", () => {
	// A column of two buttons with a third to the right of the first, on a client's screen.
	function grid() {
		const setup = client();
		// Made in the client's own DataModel, where the player's screen is.
		const made = setup.peer.run(`
			local screen = Instance.new("ScreenGui")
			screen.Parent = game.Players.LocalPlayer.PlayerGui
			local function make(className, name, x, y)
				local object = Instance.new(className)
				object.Name = name
				object.Size = UDim2.fromOffset(100, 40)
				object.Position = UDim2.fromOffset(x, y)
				object.Parent = screen
				return object
			end
			make("TextLabel", "Between", 100, 150)
			return { top = make("TextButton", "Top", 100, 100), bottom = make("TextButton", "Bottom", 100, 200),
				side = make("TextButton", "Side", 300, 110) }
		`) as { top: TextButton; bottom: TextButton; side: TextButton };
		return { ...setup, ...made };
	}

	// create.roblox.com/docs/reference/engine/classes/GuiService#SelectedObject and
	// .../classes/GuiObject#Selectable: buttons are selectable, labels are not
	it("moves the selection with the D-pad to the nearest selectable object that way", () => {
		const { model, top, bottom, side } = grid();
		const gui = services(model).gui;
		gui.SelectedObject = top;
		expect(pressGamepad(model, Enum.KeyCode.DPadDown)).toEqual({ gameProcessed: true });
		// The label between them is not selectable; the side button is nearer but off the line.
		expect(gui.SelectedObject).toBe(bottom);
		pressGamepad(model, Enum.KeyCode.DPadDown);
		expect(gui.SelectedObject).toBe(bottom);
		pressGamepad(model, Enum.KeyCode.DPadUp);
		pressGamepad(model, Enum.KeyCode.DPadRight);
		expect(gui.SelectedObject).toBe(side);
	});

	// create.roblox.com/docs/reference/engine/classes/GuiObject#NextSelectionDown
	it("follows NextSelection before geometry", () => {
		const { model, top, side } = grid();
		const gui = services(model).gui;
		top.NextSelectionDown = side;
		gui.SelectedObject = top;
		pressGamepad(model, Enum.KeyCode.DPadDown);
		expect(gui.SelectedObject).toBe(side);
	});

	it("presses the selected button with ButtonA, and no action sees the selection's buttons", () => {
		const { peer, model, top } = grid();
		const { gui, actions } = services(model);
		const { log, handler } = recorder();
		actions.BindAction("pad", handler(), false, Enum.KeyCode.ButtonA, Enum.KeyCode.DPadDown, Enum.KeyCode.ButtonB);
		let activated = 0;
		top.Activated.Connect(() => (activated += 1));
		gui.SelectedObject = top;
		expect(pressGamepad(model, Enum.KeyCode.ButtonA)).toEqual({ gameProcessed: true });
		peer.advance(0.1);
		expect(activated).toBe(1);
		// ButtonB is not the selection's: it goes to the action.
		expect(pressGamepad(model, Enum.KeyCode.ButtonB).action).toBe("pad");
		gui.SelectedObject = undefined;
		expect(pressGamepad(model, Enum.KeyCode.ButtonA).action).toBe("pad");
		expect(log).toEqual(["pad Begin ButtonB", "pad End ButtonB", "pad Begin ButtonA", "pad End ButtonA"]);
	});

	it("reads no selection once the selected object is hidden or gone", () => {
		const { model, top, bottom } = grid();
		const gui = services(model).gui;
		gui.SelectedObject = top;
		top.Visible = false;
		expect(gui.SelectedObject).toBeUndefined();
		gui.SelectedObject = bottom;
		bottom.Destroy();
		expect(gui.SelectedObject).toBeUndefined();
	});
});
