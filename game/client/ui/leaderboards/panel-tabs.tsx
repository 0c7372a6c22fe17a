import React from "@rbxts/react";
import { seasonText } from "shared/localisation/season-text";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "client/ui/components/button";
import { THEME } from "client/ui/components/theme";

const SELECTED_TAB = THEME.button;
const TAB = THEME.buttonMuted;
// The strips' gap between two tabs (their UIListLayout's Padding).
export const TAB_GAP = 4;
// A season's name ("Week 52, 2025") at a readable size; the strip scrolls when there are more seasons than fit.
const SEASON_SIZE = new UDim2(0, 112, 1, 0);

/** The board tabs share the strip's width: every board in sight, a long title wrapped onto two lines. */
function tabSize(count: number): UDim2 {
	return new UDim2(1 / count, (-TAB_GAP * (count - 1)) / count, 1, 0);
}

export interface BoardTab {
	readonly name: string;
	readonly title: string;
}

interface BoardTabsProps {
	readonly tabs: readonly BoardTab[];
	readonly selected?: string;
	readonly onSelectBoard: (board: string) => void;
}

interface SeasonTabsProps {
	/** The current season first, then past seasons, newest first. */
	readonly seasons: readonly string[];
	readonly onSelectSeason: (season: string | undefined) => void;
}

function sameList<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean) {
	if (before.size() !== after.size()) return false;
	for (let index = 0; index < before.size(); index++) if (!same(before[index], after[index])) return false;
	return true;
}

/**
 * A tab per board. The panel renders again whenever its board is published (every few seconds, on every client), and
 * the tabs almost never change with it: comparing them by value skips five buttons per render.
 */
export const BoardTabs = React.memo(
	(props: BoardTabsProps) => {
		const buttons: Record<string, React.Element> = {};
		props.tabs.forEach((tab, index) => {
			buttons[`LeaderboardTab_${tab.name}`] = (
				<Button
					layoutOrder={index}
					size={tabSize(props.tabs.size())}
					text={tab.title}
					color={tab.name === props.selected ? SELECTED_TAB : TAB}
					onClick={() => props.onSelectBoard(tab.name)}
				/>
			);
		});
		return <>{buttons}</>;
	},
	(before, after) =>
		before.selected === after.selected &&
		before.onSelectBoard === after.onSelectBoard &&
		sameList(before.tabs, after.tabs, (a, b) => a.name === b.name && a.title === b.title),
);

/** The season switcher: "Current" and one button per past season (compared by value, as the tabs are). */
export const SeasonTabs = React.memo(
	(props: SeasonTabsProps) => {
		const localiser = useLocaliser();
		const buttons: Record<string, React.Element> = {};
		props.seasons.forEach((season, index) => {
			buttons[`LeaderboardSeason_${season}`] = (
				<Button
					layoutOrder={index}
					size={SEASON_SIZE}
					color={TAB}
					text={index === 0 ? localiser.text("Board.CurrentSeason") : seasonText(localiser, season)}
					onClick={() => props.onSelectSeason(index === 0 ? undefined : season)}
				/>
			);
		});
		return <>{buttons}</>;
	},
	(before, after) =>
		before.onSelectSeason === after.onSelectSeason && sameList(before.seasons, after.seasons, (a, b) => a === b),
);
