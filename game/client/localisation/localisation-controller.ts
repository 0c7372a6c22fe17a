import { Controller, OnStart } from "@flamework/core";
import { Players } from "@rbxts/services";
import { createLocaliser } from "shared/localisation/localiser";
import { getTranslator, TranslatorSource } from "./get-translator";
import { localiserAtom } from "./localiser-state";

/** Obtains the local player's translator once (it yields) and hands the UI a localiser for its locale. */
@Controller()
export class LocalisationController implements OnStart {
	/** How the translator was obtained; undefined until it has been. */
	source?: TranslatorSource;

	onStart() {
		task.spawn(() => {
			const { translator, source } = getTranslator(Players.LocalPlayer);
			this.source = source;
			localiserAtom(createLocaliser(translator));
		});
	}
}
