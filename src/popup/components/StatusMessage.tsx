/** A plain message in place of the analysis: loading, a page Attaché cannot read, not an article, an error. */
import type { ComponentChildren } from "preact";

/** Props of StatusMessage. */
export interface StatusMessageProps {
  tone: "info" | "warning" | "error";
  title: string;
  children?: ComponentChildren;
}

/** A boxed message; errors are announced to screen readers at once. */
export function StatusMessage({ tone, title, children }: StatusMessageProps) {
  return (
    <div class={`status status-${tone}`} role={tone === "error" ? "alert" : "status"} data-testid="status">
      <p class="status-title">{title}</p>
      {children ? <div class="status-body">{children}</div> : null}
    </div>
  );
}
