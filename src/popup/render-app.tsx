/** The popup's UI chunk: renders the App (loaded by ./main.tsx once the tab's article has been asked for). */
import { render } from "preact";
import { App } from "./App.tsx";

/** Renders the popup into its root element. */
export function renderApp(root: HTMLElement): void {
  render(<App />, root);
}
