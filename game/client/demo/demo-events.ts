import { DemoEvents } from "shared/demo/network";

/** The client's side of the demo's remotes. */
export const DemoClientEvents = DemoEvents.createClient({});
