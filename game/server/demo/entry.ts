// The demo game's server systems: the framework's server entry loads this module (game/server/runtime.server.ts).
import "./movement-service";
import "./round-service";
import "./course-service";
import "./shop-service";
