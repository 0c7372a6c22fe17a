/**
 * Presses keys and gamepad buttons on a client as its device would (the engine's input path: a focused TextBox, the
 * gamepad selection, ContextActionService, then UserInputService). Test-only, like the rest of game/testing.
 */
import { getEngine, InputOutcome } from "./engine";

/** A key or button goes down and comes back up; returns what became of the press (the Begin). */
export function press(
	target: Instance,
	keyCode: Enum.KeyCode,
	inputType: Enum.UserInputType = Enum.UserInputType.Keyboard,
): InputOutcome {
	const engine = getEngine();
	const began = engine.sendInput(target, {
		KeyCode: keyCode,
		UserInputType: inputType,
		UserInputState: Enum.UserInputState.Begin,
	});
	engine.sendInput(target, { KeyCode: keyCode, UserInputType: inputType, UserInputState: Enum.UserInputState.End });
	return began;
}

export function pressKey(target: Instance, keyCode: Enum.KeyCode): InputOutcome {
	return press(target, keyCode, Enum.UserInputType.Keyboard);
}

export function pressGamepad(target: Instance, keyCode: Enum.KeyCode): InputOutcome {
	return press(target, keyCode, Enum.UserInputType.Gamepad1);
}
