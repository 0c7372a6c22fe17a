import React from "@rbxts/react";
import { ClientEvents } from "client/network/client-events";
import { ErrorReporter, ErrorReporterContext, warnReporter } from "./error-report";

/** The game's reporter: the output, and the server, which counts the failed region in analytics. */
export const serverReporter: ErrorReporter = (region, message) => {
	warnReporter(region, message);
	ClientEvents.ui.reportError.fire(region);
};

/** `element` with its failed regions reported to the server. */
export function withServerReporter(element: React.Element) {
	return <ErrorReporterContext.Provider value={serverReporter}>{element}</ErrorReporterContext.Provider>;
}
