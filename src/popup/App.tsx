/** The popup: finds the tab, injects the content script, asks for the analysis and shows it, with notes. */
import { useEffect, useState } from "preact/hooks";
import type { AnalyzeReply } from "../shared/messages.ts";
import { restrictedReason } from "../shared/page-access.ts";
import { errorMessage } from "../shared/result.ts";
import { callContent, injectContentScript, targetTab } from "./api.ts";
import { ActorSection } from "./components/ActorSection.tsx";
import { Header } from "./components/Header.tsx";
import { HighlightToggle } from "./components/HighlightToggle.tsx";
import { Notices } from "./components/Notices.tsx";
import { NotesPanel } from "./components/NotesPanel.tsx";
import { ResolutionSection } from "./components/ResolutionSection.tsx";
import { StanceSection } from "./components/StanceSection.tsx";
import { StatusMessage } from "./components/StatusMessage.tsx";

type Tab = { id: number; url?: string; title?: string };

/** What the popup shows. */
type View =
  | { kind: "loading" }
  | { kind: "cannot-read"; reason: string }
  | { kind: "not-article"; message: string }
  | { kind: "error"; message: string }
  | { kind: "ready"; reply: AnalyzeReply };

const NOT_ARTICLE_CODES = new Set(["not-article", "empty"]);
const CANNOT_READ_CODES = new Set(["cannot-read", "not-html"]);

/** Reads the target tab and returns the view to show. */
async function load(setTab: (t: Tab) => void): Promise<View> {
  const tab = await targetTab();
  if (!tab) return { kind: "error", message: "There is no tab to read." };
  setTab(tab);
  const reason = restrictedReason(tab.url);
  if (reason) return { kind: "cannot-read", reason };
  const injected = await injectContentScript(tab.id, tab.url);
  if (!injected.ok) return { kind: "cannot-read", reason: injected.error.message };
  const r = await callContent(tab.id, "analyze", { highlight: true });
  if (r.ok) return { kind: "ready", reply: r.value };
  if (NOT_ARTICLE_CODES.has(r.error.code)) return { kind: "not-article", message: r.error.message };
  if (CANNOT_READ_CODES.has(r.error.code)) return { kind: "cannot-read", reason: r.error.message };
  return { kind: "error", message: r.error.message };
}

function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** The whole popup. */
export function App() {
  const [view, setView] = useState<View>({ kind: "loading" });
  const [tab, setTab] = useState<Tab | undefined>(undefined);
  const [highlight, setHighlight] = useState(true);
  const [highlightBusy, setHighlightBusy] = useState(false);
  const [transient, setTransient] = useState<string | undefined>(undefined);

  useEffect(() => {
    load(setTab)
      .then(setView)
      .catch((e: unknown) => setView({ kind: "error", message: errorMessage(e) }));
  }, []);

  const onShow = async (span: { start: number; end: number }) => {
    if (!tab) return;
    const r = await callContent(tab.id, "scrollTo", { start: span.start, end: span.end });
    setTransient(r.ok ? undefined : r.error.message);
  };

  const onToggle = async (on: boolean) => {
    if (!tab) return;
    // Optimistic: the checkbox follows the click at once and goes back if the page refuses.
    setHighlight(on);
    setHighlightBusy(true);
    const r = await callContent(tab.id, "highlight", { on });
    setHighlightBusy(false);
    if (!r.ok) {
      setHighlight(!on);
      setTransient(r.error.message);
    }
  };

  if (view.kind === "loading") {
    return (
      <main class="popup" aria-busy="true">
        <Header />
        <StatusMessage tone="info" title="Reading this page…" />
      </main>
    );
  }

  if (view.kind !== "ready") {
    const notesSource = view.kind === "not-article" && isWebUrl(tab?.url) ? tab.url : undefined;
    return (
      <main class="popup">
        <Header title={tab?.title} />
        {view.kind === "cannot-read" ? (
          <StatusMessage tone="warning" title={`Attaché can't read this page: ${view.reason}`} />
        ) : view.kind === "not-article" ? (
          <StatusMessage tone="info" title="This page doesn't look like a news article.">
            <p>{view.message}</p>
            <p>Attaché reads articles: open a news story and click the toolbar button again.</p>
          </StatusMessage>
        ) : (
          <StatusMessage tone="error" title="Something went wrong.">
            <p>{view.message}</p>
          </StatusMessage>
        )}
        {notesSource ? <NotesPanel source={notesSource} title={tab?.title} /> : null}
      </main>
    );
  }

  const { analysis, truncated, unmapped, elapsedMs } = view.reply;
  const englishOnly = !!analysis.meta.lang && !analysis.meta.lang.startsWith("en");
  const notices = [...(analysis.notices ?? [])];
  if (truncated) {
    notices.push(
      `This page is very long: only its first ${truncated.analysedChars.toLocaleString("en")} of ${truncated.totalChars.toLocaleString("en")} characters were analysed.`,
    );
  }
  if (unmapped > 0 && highlight) {
    notices.push(`${unmapped} passage${unmapped === 1 ? "" : "s"} could not be found in the page, so ${unmapped === 1 ? "it is" : "they are"} not highlighted.`);
  }
  const source = analysis.meta.url || tab?.url;
  return (
    <main class="popup" data-testid="analysis">
      <Header title={analysis.meta.title ?? tab?.title} site={analysis.meta.siteName} />
      <p class="summary">
        <span data-testid="summary">
          {englishOnly
            ? `${analysis.resolutions.length} UN resolution${analysis.resolutions.length === 1 ? "" : "s"}`
            : `${analysis.actors.length} actors · ${analysis.stances.length} stances · ${analysis.resolutions.length} UN resolutions`}
        </span>
        {elapsedMs > 0 ? (
          <span class="elapsed" data-elapsed-ms={elapsedMs}>
            {" "}
            · read in {elapsedMs < 1000 ? `${elapsedMs} ms` : `${(elapsedMs / 1000).toFixed(1)} s`}
          </span>
        ) : null}
      </p>
      <Notices notices={notices} />
      <HighlightToggle on={highlight} busy={highlightBusy} onChange={onToggle} />
      {transient ? (
        <p class="error-line" role="alert">
          {transient}
        </p>
      ) : null}
      {englishOnly ? null : <ActorSection actors={analysis.actors} onShow={onShow} />}
      {englishOnly ? null : <StanceSection stances={analysis.stances} actors={analysis.actors} onShow={onShow} />}
      <ResolutionSection resolutions={analysis.resolutions} generic={analysis.genericResolutionMentions} text={analysis.text} onShow={onShow} />
      {source ? <NotesPanel source={source} title={analysis.meta.title} /> : null}
    </main>
  );
}
