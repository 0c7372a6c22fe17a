import React from "@rbxts/react";
import { UserInputService } from "@rbxts/services";
import { InferControls, InputSignals, ReactStory } from "@rbxts/ui-labs";
import { StoryInfo } from "@rbxts/ui-labs/src/Typing/Typing";
import { mountScreen, TestScreen } from "testing/react-screen";

/** A control as UI Labs declares it: a plain value, or a table carrying its current `ControlValue`. */
function valueOf(control: unknown): unknown {
	return typeIs(control, "table") && (control as { EntryType?: string }).EntryType === "Control"
		? (control as { ControlValue: unknown }).ControlValue
		: control;
}

const mounted = new Set<object>();

/**
 * Mounts a UI Labs React story headlessly as the plugin does: its `story` function is called with every control at its
 * default value, except those `overrides` sets (a key the story has no control for is an error, so a spec cannot
 * set a control the story ignores).
 */
export function mountStory<T extends StoryInfo>(
	story: ReactStory<T>,
	overrides: Partial<InferControls<NonNullable<T["controls"]>>> = {},
): TestScreen {
	const declared = ((story as { controls?: object }).controls ?? {}) as Record<string, unknown>;
	const controls: Record<string, unknown> = {};
	for (const [name, control] of pairs(declared)) controls[name] = valueOf(control);
	for (const [name, value] of pairs(overrides as Record<string, unknown>)) {
		if (declared[name] === undefined) error(`the story has no control named ${name}`);
		controls[name] = value;
	}
	const inputListener = {
		InputBegan: UserInputService.InputBegan,
		InputEnded: UserInputService.InputEnded,
		InputChanged: UserInputService.InputChanged,
		MouseMoved: UserInputService.InputChanged,
		GetMouseLocation: () => UserInputService.GetMouseLocation(),
	} as unknown as InputSignals;
	const target = new Instance("Frame");
	const render = story.story as (props: {
		controls: unknown;
		target: Frame;
		inputListener: InputSignals;
	}) => React.Element;
	mounted.add(story);
	const screen = mountScreen(render({ controls, target, inputListener }));
	return {
		...screen,
		unmount: () => {
			screen.unmount();
			target.Destroy();
		},
	};
}

/** Whether a spec has mounted this story. */
export function wasMounted(story: unknown): boolean {
	return typeIs(story, "table") && mounted.has(story);
}
