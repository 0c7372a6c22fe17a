import { runWithGame } from "./game-server";
import { WorldServer } from "./world";

/**
 * Every sync payload in `calls` (one client's, as captured), decoded in order by one decoder of the game's own, as
 * the client decodes them: JSON of each, with datatypes as text, or "undecodable".
 */
export function decodeSyncWire(server: WorldServer, calls: { remote: string; args: unknown[] }[]): string[] {
	const payloads = calls
		.filter((call) => call.remote.match("payload$")[0] !== undefined)
		.map((call) => string.format("%q", buffer.tostring(call.args[0] as buffer)));
	return runWithGame(
		server,
		`local http = game:GetService("HttpService")
		local function plain(value)
			if type(value) ~= "table" then
				return if type(value) == "number" or type(value) == "string" or type(value) == "boolean" then value else tostring(value)
			end
			local copy = {}
			for key, v in value do copy[tostring(key)] = plain(v) end
			return copy
		end
		local decoder = require(game.ReplicatedStorage.shared.sync.payload).PayloadDecoder.new()
		local texts = {}
		for _, data in { ${payloads.join(", ")} } do
			local ok, decoded = pcall(decoder.decode, decoder, buffer.fromstring(data))
			table.insert(texts, if ok then http:JSONEncode(plain(decoded)) else "undecodable")
		end
		return texts`,
	) as string[];
}
