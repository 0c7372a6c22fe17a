/**
 * The instance a path of names leads to on a player's screen: each name is found anywhere below the one before, so a
 * path names a button by the panel and row it sits in, not by every frame between. Shared by specs, which click from
 * outside the client, and bots, which click from inside it. It lives with the bots: the playtest place carries only
 * their folder of game/testing.
 */
export function findOnScreen(root: Instance | undefined, path: readonly string[]): Instance | undefined {
	let found = root;
	for (const name of path) found = found?.FindFirstChild(name, true);
	return found;
}
