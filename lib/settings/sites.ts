// The per-site switch. Highlighting is on everywhere by default; the sites the reader switched
// off are kept in extension storage, so the choice survives reloads and browser restarts and
// every open tab of a site sees a change at once (storage change events reach all contexts).
import { storage } from 'wxt/utils/storage';

const disabledSites = storage.defineItem<string[]>('local:claimlens:disabledSites', {
  fallback: [],
});

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(hostname);
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const sites = (await disabledSites.getValue()).filter((site) => site !== hostname);
  await disabledSites.setValue(enabled ? sites : [...sites, hostname].sort());
}

export async function listDisabledSites(): Promise<string[]> {
  return disabledSites.getValue();
}

/** Calls `onChange` whenever the switch for `hostname` flips; returns the unwatch function. */
export function watchSite(hostname: string, onChange: (enabled: boolean) => void): () => void {
  return disabledSites.watch((sites, previous) => {
    const now = !sites.includes(hostname);
    if (now !== !(previous ?? []).includes(hostname)) onChange(now);
  });
}
