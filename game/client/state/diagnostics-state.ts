import { atom } from "@rbxts/charm";
import { HealthReport } from "shared/integration/health";

/**
 * The server's health report, synced to admins only: it stays undefined for everybody else, and the diagnostics
 * panel (and its HUD button) exist only while it is defined.
 */
export const diagnosticsAtom = atom<HealthReport | undefined>(undefined);
