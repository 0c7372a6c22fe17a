import { Workspace } from "@rbxts/services";

const FOLDER = "Leaderboards";
const PREFIX = "Leaderboard_";

/**
 * The part each board is drawn on: the map's part named "Leaderboard_<board>", or a stand-in made here, in a row
 * near the spawn, on this client only. A map part that arrives later (a place with streaming on) replaces the
 * stand-in, so a board is never drawn twice.
 */
export class BoardParts {
	private readonly parts = new Map<string, BasePart>();

	constructor(boards: readonly string[]) {
		boards.forEach((board, index) => this.parts.set(board, this.partFor(board, index)));
		Workspace.DescendantAdded.Connect((descendant) => this.adopt(descendant));
	}

	get(board: string): BasePart | undefined {
		return this.parts.get(board);
	}

	private adopt(descendant: Instance) {
		if (!descendant.IsA("BasePart") || descendant.Name.sub(1, PREFIX.size()) !== PREFIX) return;
		const board = descendant.Name.sub(PREFIX.size() + 1);
		const current = this.parts.get(board);
		if (current === undefined || current === descendant || current.Parent?.Name !== FOLDER) return;
		this.parts.set(board, descendant);
		current.Destroy();
	}

	private partFor(board: string, index: number): BasePart {
		const name = `${PREFIX}${board}`;
		const existing = Workspace.FindFirstChild(name, true);
		if (existing !== undefined && existing.IsA("BasePart")) return existing;
		let folder = Workspace.FindFirstChild(FOLDER);
		if (folder === undefined) {
			folder = new Instance("Folder");
			folder.Name = FOLDER;
			folder.Parent = Workspace;
		}
		const part = new Instance("Part");
		part.Name = name;
		part.Anchored = true;
		part.Size = new Vector3(10, 12, 1);
		part.Position = new Vector3(-30 + index * 12, 6, -40);
		part.Parent = folder;
		return part;
	}
}
