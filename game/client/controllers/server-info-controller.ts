import { Controller, OnStart } from "@flamework/core";
import { ReplicatedStorage } from "@rbxts/services";
import { SERVER_INFO_ATTRIBUTES, uptimeSeconds } from "shared/server-info/server-info";

/** Reads what the server published about itself; undefined until the attributes have replicated. */
@Controller()
export class ServerInfoController implements OnStart {
	private startedAt?: number;

	onStart() {
		this.read();
		ReplicatedStorage.GetAttributeChangedSignal(SERVER_INFO_ATTRIBUTES.startedAt).Connect(() => this.read());
	}

	private read() {
		const value = ReplicatedStorage.GetAttribute(SERVER_INFO_ATTRIBUTES.startedAt);
		this.startedAt = typeIs(value, "number") ? value : undefined;
	}

	/** Seconds the server has been up, or undefined before the server's start time has arrived. */
	getServerUptime(): number | undefined {
		if (this.startedAt === undefined) return undefined;
		return uptimeSeconds(this.startedAt, DateTime.now().UnixTimestamp);
	}
}
