/** The popup's header: the product name and the article being read. */

/** Props of Header. */
export interface HeaderProps {
  title?: string;
  site?: string;
}

/** Product name, then the article title and site as plain text. */
export function Header({ title, site }: HeaderProps) {
  return (
    <header class="header">
      <h1 class="brand">Attaché</h1>
      {title ? (
        <p class="article-title" title={title}>
          {title}
          {site ? <span class="site"> · {site}</span> : null}
        </p>
      ) : null}
    </header>
  );
}
