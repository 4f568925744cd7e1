// The sites where the reader switched highlighting off, each with a way to switch it back on.
export interface DisabledSiteListProps {
  sites: readonly string[];
  onEnable: (hostname: string) => void;
}

export function DisabledSiteList({ sites, onEnable }: DisabledSiteListProps) {
  if (sites.length === 0) return <p class="notice">Highlighting is on for every site.</p>;
  return (
    <ul class="disabled-sites">
      {sites.map((site) => (
        <li key={site}>
          <span>{site}</span>{' '}
          <button type="button" onClick={() => onEnable(site)} aria-label={`Switch on highlighting for ${site}`}>
            Switch on
          </button>
        </li>
      ))}
    </ul>
  );
}
