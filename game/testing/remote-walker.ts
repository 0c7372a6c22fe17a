/**
 * An exploiter's view of the game's remotes, for the hostile-client specs: every remote the client can see in every
 * networking folder Flamework made (the framework's and any a game declares of its own; events, functions and
 * unreliable events alike), fired with hostile arguments, and what came back. Nothing here knows the remotes' names:
 * a remote added to shared/network.ts, or a networking a game adds, is walked without a change.
 */
import type { ClientRemoteName } from "shared/network";
import { runOnClient } from "./game-client";
import { World, WorldClient, WorldServer } from "./world";

/** The framework's networking folder. */
export const REMOTES_FOLDER = `game.ReplicatedStorage["shared/network@GlobalEvents"]`;

/**
 * Luau: whether an instance of ReplicatedStorage is a networking folder, named by Flamework "module@export" after the
 * `Networking.createEvent` that made it.
 */
const IS_NETWORKING_FOLDER = `
	local function isNetworkingFolder(folder)
		return folder:IsA("Folder") and string.find(folder.Name, "^[%w_/%-]+@[%w_]+$") ~= nil
	end
`;

/**
 * Argument lists an exploiter sends: nothing, wrong types, NaN, infinities, -0, a huge string, wide and deep tables,
 * an instance, values of the right type that no rule allows, and too many arguments. Luau, defining `fuzz`.
 */
export const FUZZ_INPUTS = `
	local deep = {} local cursor = deep for _ = 1, 40 do cursor.next = {} cursor = cursor.next end
	local wide = {} for index = 1, 5000 do wide["key" .. index] = index end
	local fuzz = {
		{}, { nil }, { 1 }, { -0 }, { 0 / 0 }, { math.huge }, { -math.huge }, { true }, { "text" },
		{ string.rep("x", 100000) }, { table.create(5000, 1) }, { wide }, { deep }, { game.Workspace },
		{ Vector3.new(0 / 0, 0, 0) }, { Vector3.new(math.huge, 3, 0) },
		{ { name = "musicVolume", value = 0 / 0 } }, { { name = "coins", value = 1000000 } },
		{ "text", 0 / 0, { color = string.rep("y", 1000) } }, { "x", "y", "z", 1, 2, 3 },
	}
`;

/**
 * The remotes the server sends on. A client can fire them too, but the server never listens to them, so they are
 * not requests; the record's type makes the list whole (a server-to-client remote left out does not compile).
 */
const SERVER_TO_CLIENT: Record<ClientRemoteName, true> = {
	"sync.payload": true,
	"actions.rejected": true,
	"actions.rewarded": true,
};
const skippedEntries: string[] = [];
for (const [name] of pairs(SERVER_TO_CLIENT)) skippedEntries.push(`["${name}"] = true`);
const SKIPPED = skippedEntries.join(", ");

/** Remote name as the game's own code names it: "namespace.event", from Flamework's id attribute. */
const REMOTE_NAME = `${IS_NETWORKING_FOLDER}
	local function remoteName(remote)
		local id = remote:GetAttribute("id") or remote.Name
		return (string.gsub(string.gsub(id, "^unreliable:", ""), "/", "."))
	end
	local function fire(remote, arguments)
		if remote:IsA("RemoteFunction") then
			task.spawn(pcall, remote.InvokeServer, remote, table.unpack(arguments, 1, 8))
		else
			pcall(remote.FireServer, remote, table.unpack(arguments, 1, 8))
		end
	end
	local remotes = {}
	local skipped = { ${SKIPPED} }
	for _, folder in game.ReplicatedStorage:GetChildren() do
		if isNetworkingFolder(folder) then
			for _, remote in folder:GetChildren() do
				local kind = remote.ClassName
				local callable = kind == "RemoteEvent" or kind == "UnreliableRemoteEvent" or kind == "RemoteFunction"
				if callable and not skipped[remoteName(remote)] then
					table.insert(remotes, remote)
				end
			end
		end
	end
`;

/** Every remote the client can send requests on, by the game's name for it. */
export function listRemotes(client: WorldClient): string[] {
	const names = runOnClient(
		client,
		`${REMOTE_NAME} local names = {} for _, remote in remotes do table.insert(names, remoteName(remote)) end
		table.sort(names) return names`,
	) as string[];
	return names;
}

/** The remotes among them that are UnreliableRemoteEvents, whose calls over 1,000 bytes never leave the client. */
export function unreliableRemotes(client: WorldClient): string[] {
	return runOnClient(
		client,
		`${REMOTE_NAME} local names = {}
		for _, remote in remotes do
			if remote:IsA("UnreliableRemoteEvent") then table.insert(names, remoteName(remote)) end
		end
		table.sort(names) return names`,
	) as string[];
}

/**
 * Fires `inputs` (Luau defining `fuzz`, a list of argument lists) at every remote: each input at all of them at once,
 * `spacing` seconds apart. Returns how many calls went to each remote.
 */
export function fireAtEveryRemote(client: WorldClient, inputs: string, spacing: number): Record<string, number> {
	return runOnClient(
		client,
		`${REMOTE_NAME} ${inputs}
		local sent = {}
		for _, arguments in fuzz do
			for _, remote in remotes do
				fire(remote, arguments)
				sent[remoteName(remote)] = (sent[remoteName(remote)] or 0) + 1
			end
			task.wait(${spacing})
		end
		return sent
	`,
	) as Record<string, number>;
}

/** 1,000 calls a second for `seconds` at every remote, cycling through the fuzz inputs. */
export function floodEveryRemote(client: WorldClient, seconds: number): Record<string, number> {
	return runOnClient(
		client,
		`${REMOTE_NAME} ${FUZZ_INPUTS}
		local sent = {}
		local started = os.clock()
		local index = 0
		while os.clock() - started < ${seconds} do
			-- 1,000 a second at the engine's 60 frames a second.
			for _ = 1, 17 do
				index += 1
				local arguments = fuzz[index % #fuzz + 1]
				for _, remote in remotes do
					fire(remote, arguments)
					sent[remoteName(remote)] = (sent[remoteName(remote)] or 0) + 1
				end
			end
			task.wait()
		end
		return sent
	`,
	) as Record<string, number>;
}

/** A refusal the server sent a client: which remote, the kind, and the message shown. */
export interface HeardRefusal {
	readonly userId: number;
	readonly remote: string;
	readonly kind: string;
	readonly message: string;
	/** Bytes of every argument of the notice. */
	readonly bytes: number;
}

/** Starts listening to the refusals the server sends; the returned function reads those heard so far. */
export function listenForRefusals(world: World): () => HeardRefusal[] {
	const read = world.captureTraffic();
	return () => {
		const heard: HeardRefusal[] = [];
		for (const call of read()) {
			if (call.remote.find("rejected")[0] === undefined) continue;
			let bytes = 0;
			for (const argument of call.args) bytes += tostring(argument).size();
			const [remote, message, kind] = call.args as [string, string, string];
			heard.push({ userId: call.userId, remote, kind: tostring(kind), message: tostring(message), bytes });
		}
		return heard;
	};
}

/**
 * The remotes whose flood went unrefused: the client never heard a "rate-limited" refusal for them. The check the
 * walker makes, kept apart so a spec can show it fails for a remote without a limit.
 */
export function unlimitedRemotes(remotes: ReadonlyArray<string>, heard: ReadonlyArray<HeardRefusal>): string[] {
	const limited = new Set<string>();
	for (const refusal of heard) if (refusal.kind === "rate-limited") limited.add(refusal.remote);
	return remotes.filter((remote) => !limited.has(remote));
}

/** Warnings a server logged about refused requests, as `remote: kind` per line (the detail in brackets dropped). */
export function loggedRefusals(world: World, server: WorldServer): string[] {
	const lines: string[] = [];
	for (const entry of world.output()) {
		if (entry.peer !== server.name || entry.kind !== "warning") continue;
		const [remote, reason] = string.match(entry.message, "^%[Remotes%] rejected (%S+) from .-: (.*)$");
		if (remote !== undefined) lines.push(`${remote}: ${string.gsub(reason as string, " %(.*%)$", "")[0]}`);
	}
	return lines;
}

/** Bytes a server has written to its output so far. */
export function outputBytes(world: World, server: WorldServer): number {
	let bytes = 0;
	for (const entry of world.output()) if (entry.peer === server.name) bytes += entry.message.size();
	return bytes;
}
