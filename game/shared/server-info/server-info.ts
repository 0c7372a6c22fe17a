/**
 * What a server tells every client about itself, published as attributes on ReplicatedStorage so that a client can read
 * it before any remote is set up (attributes replicate with the instance).
 */
export const SERVER_INFO_ATTRIBUTES = {
	startedAt: "ServerStartedAt",
	jobId: "ServerJobId",
} as const;

/** Whole seconds a server has been up, never negative (client clocks can run slightly behind). */
export function uptimeSeconds(startedAtUnix: number, nowUnix: number): number {
	return math.max(0, math.floor(nowUnix - startedAtUnix));
}

/** Uptime as `H:MM:SS`, for the HUD and diagnostics. */
export function formatUptime(seconds: number): string {
	const whole = math.max(0, math.floor(seconds));
	const hours = math.floor(whole / 3600);
	const minutes = math.floor((whole % 3600) / 60);
	const rest = whole % 60;
	return `${hours}:${string.format("%02d", minutes)}:${string.format("%02d", rest)}`;
}
