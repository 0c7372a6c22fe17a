import { OnStart, Service } from "@flamework/core";
import { ReplicatedStorage } from "@rbxts/services";
import { SERVER_INFO_ATTRIBUTES } from "shared/server-info/server-info";

/** Publishes when this server started and which server it is, for clients' uptime display and diagnostics. */
@Service()
export class ServerInfoService implements OnStart {
	private startedAt = 0;

	onStart() {
		this.startedAt = DateTime.now().UnixTimestamp;
		ReplicatedStorage.SetAttribute(SERVER_INFO_ATTRIBUTES.startedAt, this.startedAt);
		ReplicatedStorage.SetAttribute(SERVER_INFO_ATTRIBUTES.jobId, game.JobId);
	}

	/** Unix seconds at which this server's services started. */
	getStartedAt() {
		return this.startedAt;
	}
}
