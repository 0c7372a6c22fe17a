export type HealthStatus = "ok" | "degraded" | "failing";

export interface SystemHealth {
	readonly name: string;
	readonly status: HealthStatus;
	readonly reasons: string[];
	readonly stats: Record<string, number | string>;
}

export interface HealthReport {
	readonly generatedAt: number;
	readonly overall: HealthStatus;
	readonly systems: SystemHealth[];
}

export interface Threshold {
	readonly degraded: number;
	readonly failing: number;
}

const RANK: Record<HealthStatus, number> = { ok: 0, degraded: 1, failing: 2 };

export function worst(a: HealthStatus, b: HealthStatus): HealthStatus {
	return RANK[a] >= RANK[b] ? a : b;
}

/** Grades one measurement against its threshold; returns the status and, unless ok, the reason. */
export function grade(label: string, value: number, threshold: Threshold): [HealthStatus, string?] {
	if (value > threshold.failing) return ["failing", `${label} is ${value}, over ${threshold.failing}`];
	if (value > threshold.degraded) return ["degraded", `${label} is ${value}, over ${threshold.degraded}`];
	return ["ok"];
}

/** One system's health from its measurements: the worst grade wins and every non-ok grade gives a reason. */
export function assessSystem(
	name: string,
	measurements: ReadonlyArray<[label: string, value: number, threshold: Threshold]>,
	stats: Record<string, number | string>,
): SystemHealth {
	let status: HealthStatus = "ok";
	const reasons: string[] = [];
	for (const [label, value, threshold] of measurements) {
		const [graded, reason] = grade(label, value, threshold);
		status = worst(status, graded);
		if (reason !== undefined) reasons.push(reason);
	}
	return { name, status, reasons, stats };
}

export function buildReport(systems: SystemHealth[], now: number): HealthReport {
	let overall: HealthStatus = "ok";
	for (const system of systems) overall = worst(overall, system.status);
	return { generatedAt: now, overall, systems };
}
