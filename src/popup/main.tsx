/**
 * Popup entry, kept tiny: it asks for the tab's article first (./start.ts), and loads the UI as a chunk of its own
 * meanwhile. The UI renders once the request is out: in a fresh browser process the first layout sets up fonts for a
 * while (over 100 ms on the test machine), and a render before would hold the request back that long.
 */
import { opening } from "./start.ts";
import "./popup.css";

void Promise.all([import("./render-app.tsx"), opening]).then(([ui]) => ui.renderApp(document.getElementById("app")!));
