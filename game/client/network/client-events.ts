import { GlobalEvents } from "shared/network";

/** The client's side of every remote. */
export const ClientEvents = GlobalEvents.createClient({});
