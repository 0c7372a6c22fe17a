// Runs before each spec file. roblox-ts caches modules in _G keyed by ModuleScript; Jest gives every spec file a fresh
// module registry, so the cache must be emptied too or one file would see another file's module instances.
for (const [key] of pairs(_G as unknown as Map<unknown, unknown>)) {
	if (typeIs(key, "Instance")) {
		(_G as unknown as Map<unknown, unknown>).delete(key);
	}
}
export {};
