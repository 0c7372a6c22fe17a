import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";

/** What every React story hands UI Labs: the copies of React it mounts the story with. */
export const REACT = { react: React, reactRoblox: ReactRoblox };
