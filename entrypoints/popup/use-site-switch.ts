// The per-site switch's state for the popup, following changes made anywhere.
import { useEffect, useState } from 'preact/hooks';
import { isSiteEnabled, setSiteEnabled, watchSite } from '../../lib/settings/sites';

export interface SiteSwitchState {
  /** Undefined until read from storage (or when there is no site). */
  enabled: boolean | undefined;
  change: (enabled: boolean) => void;
}

export function useSiteSwitch(hostname: string | null): SiteSwitchState {
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => {
    setEnabled(undefined);
    if (!hostname) return;
    let live = true;
    void isSiteEnabled(hostname).then((current) => {
      if (live) setEnabled(current);
    });
    const unwatch = watchSite(hostname, setEnabled);
    return () => {
      live = false;
      unwatch();
    };
  }, [hostname]);

  const change = (next: boolean) => {
    if (!hostname) return;
    setEnabled(next);
    setSiteEnabled(hostname, next).catch(() => setEnabled(!next));
  };
  return { enabled, change };
}
