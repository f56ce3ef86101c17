/** The popup: shows the analysis of the tab's article (read and analysed by the background as the popup opened), with notes. */
import { useEffect, useState } from "preact/hooks";
import type { Analysis } from "../analysis/types.ts";
import type { Truncation } from "../shared/messages.ts";
import type { QuoteInput } from "../shared/quote.ts";
import { paintRequestOf } from "../shared/paint-request.ts";
import { errorMessage, type ResultError } from "../shared/result.ts";
import { callContent } from "./api.ts";
import { ActorSection } from "./components/ActorSection.tsx";
import { Header } from "./components/Header.tsx";
import { HighlightToggle } from "./components/HighlightToggle.tsx";
import { Notices } from "./components/Notices.tsx";
import { NotesPanel, type ActorNoteRequest } from "./components/NotesPanel.tsx";
import { ResolutionSection } from "./components/ResolutionSection.tsx";
import { StanceSection } from "./components/StanceSection.tsx";
import { StatusMessage } from "./components/StatusMessage.tsx";
import { opening, type TabInfo } from "./start.ts";
import { formatCount } from "./format.ts";

type Tab = TabInfo;

/** An analysed article, as the popup shows it. */
interface Ready {
  analysis: Analysis;
  /** Identifies the analysis (tab and text hash): painting it again reuses the page's highlights. */
  key: string;
  truncated?: Truncation;
  /** Time to read and analyse, in milliseconds (0 when both answers came from caches). */
  elapsedMs: number;
  /** The two parts of `elapsedMs`: reading in the page, analysing in the background. */
  readMs: number;
  analyseMs: number;
  /** Characters of the analysed text. */
  textChars: number;
}

/** Where the popup is while loading. */
type Step = "tab" | "reading" | "analysing";

/** What the popup shows. */
type View =
  | { kind: "loading" }
  | { kind: "cannot-read"; reason: string }
  | { kind: "not-article"; message: string }
  | { kind: "error"; message: string }
  | { kind: "ready"; ready: Ready };

const NOT_ARTICLE_CODES = new Set(["not-article", "empty"]);
const CANNOT_READ_CODES = new Set(["cannot-read", "not-html"]);
const STEP_TITLES: Record<Step, string> = { tab: "Reading this page…", reading: "Reading the article…", analysing: "Analysing…" };

/** A performance mark in the popup's timeline (`attache:<name>`), read by the bench (scripts/bench-browser.ts); `at` is a wall-clock time. */
function mark(name: string, at?: number): void {
  try {
    performance.mark(`attache:${name}`, at === undefined ? undefined : { startTime: at - performance.timeOrigin });
  } catch {
    // Marks are only instrumentation.
  }
}

/** The view for an error from reading or analysing the page. */
function failure(error: ResultError): View {
  if (NOT_ARTICLE_CODES.has(error.code)) return { kind: "not-article", message: error.message };
  if (CANNOT_READ_CODES.has(error.code)) return { kind: "cannot-read", reason: error.message };
  return { kind: "error", message: error.message };
}

/** Waits for the article the popup asked for as it opened (./start.ts), and returns the view to show. */
async function load(setTab: (t: Tab) => void, setStep: (s: Step) => void): Promise<View> {
  const { tab, read, analysed } = await opening;
  if (!tab) return { kind: "error", message: "There is no tab to read." };
  setTab(tab);
  setStep("reading");
  const r = await read;
  if (!r.ok) return failure(r.error);
  setStep("analysing");
  const a = await analysed;
  if (!a.ok) return failure(a.error);
  const { analysis, key, truncated, readMs, analyseMs, timeline } = a.value;
  mark("injected", timeline.injected);
  mark("extracted", timeline.extracted);
  mark("analysed", timeline.analysed);
  mark("received");
  return {
    kind: "ready",
    ready: { analysis, key, truncated, elapsedMs: readMs + analyseMs, readMs, analyseMs, textChars: analysis.text.length },
  };
}

function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** The whole popup. */
export function App() {
  const [view, setView] = useState<View>({ kind: "loading" });
  const [step, setStep] = useState<Step>("tab");
  /** Spans the page could not find again (known once the page has painted). */
  const [unmapped, setUnmapped] = useState(0);
  const [tab, setTab] = useState<Tab | undefined>(undefined);
  const [highlight, setHighlight] = useState(true);
  const [highlightBusy, setHighlightBusy] = useState(false);
  const [transient, setTransient] = useState<string | undefined>(undefined);
  /** The reader's selection in the article when the popup opened, offered for a note on that passage. */
  const [selection, setSelection] = useState<QuoteInput | undefined>(undefined);
  const [actorNote, setActorNote] = useState<ActorNoteRequest | undefined>(undefined);

  useEffect(() => {
    load(setTab, setStep)
      .then(setView)
      .catch((e: unknown) => setView({ kind: "error", message: errorMessage(e) }));
  }, []);

  // Once the summary shows, the page paints the highlights (spans and cards only: the page already has the text).
  useEffect(() => {
    if (view.kind !== "ready" || !tab) return;
    mark("summary"); // the summary is on screen (effects run after the render is committed)
    callContent(tab.id, "paint", paintRequestOf(view.ready.analysis, view.ready.key))
      .then((r) => (r.ok ? setUnmapped(r.value.unmapped) : setTransient(r.error.message)))
      .catch((e: unknown) => setTransient(errorMessage(e)));
    // The selection is read once the article is: its offsets are into the analysed text. A failure only means no offer.
    callContent(tab.id, "selection", {})
      .then((r) => setSelection(r.ok && r.value.quote ? r.value.quote : undefined))
      .catch(() => setSelection(undefined));
  }, [view]);

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
        <StatusMessage tone="info" title={STEP_TITLES[step]} />
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

  const { analysis, truncated, elapsedMs, readMs, analyseMs, textChars } = view.ready;
  const englishOnly = !!analysis.meta.lang && !analysis.meta.lang.startsWith("en");
  const notices = [...(analysis.notices ?? [])];
  if (truncated) {
    notices.push(
      `This page is very long: only its first ${formatCount(truncated.analysedChars)} of ${formatCount(truncated.totalChars)} characters were analysed.`,
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
          <span class="elapsed" data-elapsed-ms={elapsedMs} data-read-ms={readMs} data-analyse-ms={analyseMs} data-text-chars={textChars}>
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
      {englishOnly ? null : <ActorSection
          actors={analysis.actors}
          onShow={onShow}
          onAddNote={(a) => setActorNote({ id: a.id, name: a.name, n: (actorNote?.n ?? 0) + 1 })}
        />}
      {englishOnly ? null : <StanceSection stances={analysis.stances} actors={analysis.actors} onShow={onShow} />}
      <ResolutionSection resolutions={analysis.resolutions} generic={analysis.genericResolutionMentions} text={analysis.text} onShow={onShow} />
      {source ? <NotesPanel source={source} title={analysis.meta.title} selection={selection} actorRequest={actorNote} /> : null}
    </main>
  );
}
