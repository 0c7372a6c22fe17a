import React, { Component, ReactComponent } from "@rbxts/react";
import { UiRegion } from "shared/analytics/ui-regions";
import { useLocaliser } from "client/localisation/use-localiser";
import { THEME } from "client/ui/components/theme";
import { ErrorReporter, ErrorReporterContext } from "./error-report";

export interface ErrorBoundaryProps {
	readonly region: UiRegion;
	/** A new value clears a failure and renders the children again (e.g. another panel opened in the region). */
	readonly resetKey?: string;
	readonly children?: React.ReactNode;
}

interface ErrorBoundaryState {
	readonly failed: boolean;
}

/** The fallback's text: a function component, as the boundary's own context is the error reporter. */
function FailedText(props: { readonly name: string }) {
	const localiser = useLocaliser();
	return (
		<textlabel
			key={props.name}
			Text={localiser.text("Error.Failed")}
			Size={new UDim2(0, 220, 0, 24)}
			BackgroundColor3={THEME.background}
			TextColor3={THEME.text}
			Font={THEME.font}
			TextSize={14}
		/>
	);
}

/**
 * Renders its children until one of them throws while rendering, then a small fallback in their place
 * ("<region>Failed") until it is unmounted or its resetKey changes: the error is reported once, and the rest of the UI,
 * outside this boundary, keeps rendering.
 */
@ReactComponent
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
	static contextType = ErrorReporterContext;
	// React calls this with a dot (no self), so it is a function value, not a method.
	static getDerivedStateFromError = (): ErrorBoundaryState => ({ failed: true });

	state: ErrorBoundaryState = { failed: false };
	private reported = false;

	componentDidCatch(message: unknown) {
		if (this.reported) return;
		this.reported = true;
		(this.context as ErrorReporter)(this.props.region, tostring(message));
	}

	componentDidUpdate(previous: ErrorBoundaryProps) {
		if (previous.resetKey === this.props.resetKey || !this.state.failed) return;
		this.reported = false;
		this.setState({ failed: false });
	}

	render() {
		if (!this.state.failed) return <>{this.props.children}</>;
		return <FailedText key={`${this.props.region}Failed`} name={`${this.props.region}Failed`} />;
	}
}
