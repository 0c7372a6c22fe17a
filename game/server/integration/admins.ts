import { RunService } from "@rbxts/services";
import { ADMIN_CONFIG } from "shared/config/admin";

/** Who owns the running place, and whether it runs in Studio. */
export interface PlaceContext {
	readonly isStudio: boolean;
	readonly creatorType: Enum.CreatorType;
	readonly creatorId: number;
}

function runningPlace(): PlaceContext {
	return { isStudio: RunService.IsStudio(), creatorType: game.CreatorType, creatorId: game.CreatorId };
}

/**
 * Whether the player is an admin: everyone in a Studio playtest (the players there are the developer's own test
 * clients), the user who owns the place, a configured user id, or a member of the configured group at its rank.
 */
export function isAdmin(player: Player, place: PlaceContext = runningPlace()): boolean {
	if (place.isStudio) return true;
	if (place.creatorType === Enum.CreatorType.User && place.creatorId === player.UserId) return true;
	if (ADMIN_CONFIG.userIds.includes(player.UserId)) return true;
	if (ADMIN_CONFIG.groupId === 0) return false;
	const [ok, rank] = pcall(() => player.GetRankInGroup(ADMIN_CONFIG.groupId));
	return ok && rank >= ADMIN_CONFIG.minimumRank;
}
