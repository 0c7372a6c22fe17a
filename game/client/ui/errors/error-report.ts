import React from "@rbxts/react";
import { UiRegion } from "shared/analytics/ui-regions";

/** Where a caught render error goes: the output always, and whatever the UI's host adds (the server's analytics). */
export type ErrorReporter = (region: UiRegion, message: string) => void;

/** Writes the error to the output; the default when nothing else is provided (stories, specs). */
export const warnReporter: ErrorReporter = (region, message) => warn(`UI region ${region} failed: ${message}`);

export const ErrorReporterContext = React.createContext<ErrorReporter>(warnReporter);
