/** Notes on the analysis itself: English-only analysis, a page cut short, passages not found in the page. */

/** Props of Notices. */
export interface NoticesProps {
  notices: string[];
}

/** One line per notice, announced politely. */
export function Notices({ notices }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
}
