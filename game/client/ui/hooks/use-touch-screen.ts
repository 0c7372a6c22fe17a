import { useMemo, useState } from "@rbxts/react";
import { UserInputService, Workspace } from "@rbxts/services";
import { useEvent } from "./use-event";

/**
 * Whether the player's device has a touch screen (UserInputService.TouchEnabled), so controls can be sized for a
 * thumb there and stay compact under a mouse. Read again when the viewport changes size: a window moved to another
 * screen, a device emulator switched in Studio.
 */
export function useTouchScreen(): boolean {
	const [touch, setTouch] = useState(() => UserInputService.TouchEnabled);
	const camera = Workspace.CurrentCamera;
	// One signal for the camera's life, so a render does not reconnect.
	const resized = useMemo(() => camera?.GetPropertyChangedSignal("ViewportSize"), [camera]);
	useEvent(resized, () => setTouch(UserInputService.TouchEnabled));
	return touch;
}
