/**
 * Types for the headless engine's bridge (`_G.__altairEngine`), which the test runner provides to specs that check the
 * engine itself. It exists only under `npm test`; production code never imports game/testing.
 */
export interface EnginePeer {
	readonly game: DataModel;
	readonly start: () => void;
	readonly require: (module: ModuleScript) => unknown;
	readonly advance: (seconds: number) => void;
	readonly step: () => void;
	readonly runUntil: (predicate: () => boolean, timeout?: number) => boolean;
	readonly now: () => number;
	readonly errors: () => string[];
	readonly output: () => { kind: "output" | "warning" | "error"; message: string }[];
	readonly addPlayer: (userId: number, name: string) => Player;
	/** Runs Luau source as a ModuleScript in a thread of the peer, advancing its clock until it returns (60 s at most). */
	readonly run: (source: string) => unknown;
}

export interface SuiteSummary {
	readonly ok: boolean;
	readonly passed: number;
	readonly failed: number;
	readonly skipped: number;
	readonly output: string;
}

/** One client's view of one board, as the playtest's boards check records it (.lune/playtest/boards.luau). */
export interface BoardsCheckRecord {
	readonly at: number;
	readonly userId: number;
	readonly storeName: string;
	readonly server: string;
	readonly loading?: boolean;
	readonly rows: readonly { readonly key: string; readonly value: number; readonly live: boolean }[];
	/** Every player live on the client's server then (rows or not), by user id as a string. */
	readonly liveKeys?: Readonly<Record<string, boolean>>;
}

/** The playtest's boards check without a world: the specs fill its store log, failures and occupancy by hand. */
export interface BoardsCheckRules {
	logChange(storeName: string, at: number, key: string, value: number | undefined): void;
	logFailure(at: number, server: string, storeName: string): void;
	/** `userIds`: the players on it then, whose profiles go back to their last save. */
	logCrash(at: number, server: string, userIds?: readonly number[]): void;
	logPlayers(server: string, at: number, players: number): void;
	judge(record: BoardsCheckRecord): void;
	refreshBound(server: string, at: number): number;
	summary(): { checks: number; mismatches: number; details: string[] };
	firstSeen: Record<number, number>;
}

/** An AnalyticsService call as the engine records it (.lune/engine/services/analytics-service.luau). */
export interface RecordedEconomyEvent {
	readonly kind: "LogEconomyEvent";
	readonly userId: number;
	readonly server: string;
	readonly time: number;
	readonly flowType: "Source" | "Sink";
	readonly amount: number;
	readonly transactionType: string;
}

/** One session's grants and spends as the playtest's ledger counted them. */
export interface LedgerSession {
	readonly userId: number;
	readonly server: string;
	readonly from: number;
	readonly to: number;
	readonly rewarded: number;
	readonly purchased: number;
	readonly spent: number;
}

/** The playtest's analytics check (.lune/playtest/analytics-check.luau) without a world. */
export interface AnalyticsCheckRules {
	compare(session: LedgerSession): void;
	comparePurchases(
		records: { userId: number; productId: number; granted: boolean }[],
		coinsOf: Record<number, number>,
	): void;
	summary(): { sessions_compared: number; mismatches: number; details: unknown[] };
	readonly dropped?: { userId: number; amount: number };
}

export interface LayoutRect {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

export interface LayoutColor {
	readonly r: number;
	readonly g: number;
	readonly b: number;
	readonly a: number;
}

/** One visible GuiObject as laid out and drawn (.lune/engine/layout/snapshot.luau). */
export interface LayoutElement extends LayoutRect {
	readonly path: string;
	readonly className: string;
	readonly name: string;
	readonly rotation: number;
	/** What its ancestors' clipping leaves of it; undefined when nothing. */
	readonly visible?: LayoutRect;
	readonly interactive: boolean;
	/** Whether it puts anything on screen (a fill, a stroke, text or an image). */
	readonly draws: boolean;
	readonly fill?: LayoutColor;
	readonly corner: number;
	readonly text?: {
		readonly lines: string[];
		readonly size: number;
		readonly fits: boolean;
		readonly scaled: boolean;
		readonly width: number;
		readonly height: number;
	};
	readonly image?: string;
}

/** A client's screen on its device: its ScreenGuis' elements in paint order and the device's areas. */
export interface LayoutScreen {
	readonly device: string;
	readonly width: number;
	readonly height: number;
	readonly touchTarget: number;
	readonly safeArea: LayoutRect;
	readonly topbar: LayoutRect;
	readonly playerList?: LayoutRect;
	readonly tenFoot: boolean;
	readonly elements: LayoutElement[];
}

export type DeviceName = "desktop" | "laptop" | "phone" | "tablet" | "console";

export interface LayoutBridge {
	readonly devices: DeviceName[];
	/** Lays the screens of the DataModel `instance` belongs to out on a device (desktop until set). */
	readonly setDevice: (instance: Instance, device: DeviceName) => void;
	readonly screen: (playerGui: Instance) => LayoutScreen;
	readonly root: (gui: LayerCollector) => {
		readonly width: number;
		readonly height: number;
		readonly elements: LayoutElement[];
	};
}

/** An input as a device sends it (the InputObject's fields). */
export interface InputSpec {
	readonly KeyCode?: Enum.KeyCode;
	readonly UserInputType: Enum.UserInputType;
	readonly UserInputState: Enum.UserInputState;
}

/** What became of an input: gameProcessedEvent, and the action that sank it. */
export interface InputOutcome {
	readonly gameProcessed: boolean;
	readonly action?: string;
}

/** What the playtest reports of the bots' players (the fields the specs read). */
export interface BotsSummary {
	readonly error_toasts: Record<string, number>;
	readonly error_toasts_total: number;
	readonly collects: number;
	readonly already_collected: number;
}

export interface EngineBridge {
	/** GUI layout: devices and what a screen shows. */
	readonly layout: LayoutBridge;
	/** The playtest's summary of bots' stats (.lune/playtest/bots.luau). */
	readonly botsSummary: (stats: object[]) => BotsSummary;
	readonly boardsCheck: (
		boards: Record<string, { displaySize: number; monotonic: boolean }>,
		settings: object,
	) => BoardsCheckRules;
	/** The analytics check over these recorded events; `dropFirst` loses the first economy event (its self-test). */
	readonly analyticsCheck: (events: () => RecordedEconomyEvent[], dropFirst?: boolean) => AnalyticsCheckRules;
	/** The playtest's check of "server-closing" refusals against the shutdowns (.lune/playtest/closing.luau). */
	readonly closingCheck: (
		output: { peer: string; kind: string; message: string; time: number }[],
		shutdowns: { server: string; startedAt: number }[],
		told: Record<string, number>,
	) => { told: number; outside_shutdown: number; details: string[] };
	/** A multiplayer world of the test place; use createWorld from ./world for the types. */
	readonly createWorld: (options?: object) => import("./world").World;
	/** The built test place that `npm test` is running (load it into a peer to run the game's own scripts). */
	readonly testPlace: string;
	/**
	 * A left click on a button: MouseButton1Down, MouseButton1Up, MouseButton1Click, then Activated. False (and nothing
	 * fired) when the button is not Interactable or not in a DataModel.
	 */
	readonly click: (button: GuiButton) => boolean;
	/**
	 * One input on the client DataModel `instance` belongs to, as its device delivers it: to a focused TextBox, the
	 * gamepad selection, ContextActionService's actions, then UserInputService's InputBegan/InputEnded.
	 */
	readonly sendInput: (instance: Instance, input: InputSpec) => InputOutcome;
	/** Adds a player to the DataModel the specs run in (a server peer), with its PlayerGui and Backpack. */
	readonly addPlayerToHost: (userId: number, name: string) => Player;
	/** Runs a whole Jest suite from the test place in a fresh DataModel, in this process, with its output captured. */
	readonly runSuite: (options: { testMatch?: string[]; pattern?: string }) => SuiteSummary;
	readonly createPeer: (options?: { kind?: "server" | "client"; place?: string; name?: string }) => EnginePeer;
}

export function getEngine(): EngineBridge {
	const engine = (_G as unknown as { __altairEngine?: EngineBridge }).__altairEngine;
	if (engine === undefined) {
		throw "The headless engine bridge is missing: specs that use it run only under `npm test`";
	}
	return engine;
}
