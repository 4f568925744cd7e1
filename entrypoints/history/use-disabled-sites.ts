// The sites with highlighting off, kept current while the page is open.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listDisabledSites } from '../../lib/settings/sites';

export function useDisabledSites(): string[] {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      void listDisabledSites().then((current) => {
        // The same list kept: laying the page out again costs its first rows time while it opens.
        if (live) setSites((shown) => (shown.join('\n') === current.join('\n') ? shown : current));
      });
    };
    refresh();
    // Re-read on any change of extension storage; the settings module owns the key.
    browser.storage.onChanged.addListener(refresh);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return sites;
}
