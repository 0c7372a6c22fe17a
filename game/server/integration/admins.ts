import { ADMIN_CONFIG } from "shared/config/admin";

/** Whether the player is an admin: by user id, or by rank in the configured group. */
export function isAdmin(player: Player): boolean {
	if (ADMIN_CONFIG.userIds.includes(player.UserId)) return true;
	if (ADMIN_CONFIG.groupId === 0) return false;
	const [ok, rank] = pcall(() => player.GetRankInGroup(ADMIN_CONFIG.groupId));
	return ok && rank >= ADMIN_CONFIG.minimumRank;
}
