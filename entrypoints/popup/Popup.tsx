// The popup for one tab: the site switch, the page's claims by status, the way to the history.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimList } from '../../components/ClaimList';
import { SiteSwitch } from '../../components/SiteSwitch';
import { usePageView, type PageView } from './page-view';
import { useSiteSwitch } from './use-site-switch';

function hostnameOf(view: PageView): string | null {
  if (view.state === 'ready') return view.page.hostname;
  if (view.state === 'unreachable') return view.hostname;
  return null;
}

function PageReport({ view, siteEnabled }: { view: PageView; siteEnabled: boolean | undefined }) {
  switch (view.state) {
    case 'loading':
      return <p class="notice">Reading this page…</p>;
    case 'invalid':
      return (
        <p class="notice error" role="alert">
          This page's answer could not be read. {view.message}
        </p>
      );
    case 'unreachable':
      if (view.hostname) {
        return <p class="notice">ClaimLens has not read this page yet. Reload the page to let it look for claims.</p>;
      }
      return view.web === false ? (
        <p class="notice">ClaimLens reads web pages (http and https addresses) only; there is nothing to show for this tab.</p>
      ) : (
        <p class="notice">
          ClaimLens cannot read this tab. It reads web pages (http and https addresses) only; a page opened before
          ClaimLens was installed needs a reload.
        </p>
      );
    case 'ready': {
      const { page, waiting } = view;
      if (!(siteEnabled ?? page.enabled)) {
        return (
          <p class="notice">
            Highlighting is off on {page.hostname}. Switch it on to see this page's claims.
          </p>
        );
      }
      if (!page.enabled || !page.analysis) {
        return waiting ? (
          <p class="notice" role="status">
            Looking for claims…
          </p>
        ) : (
          <p class="notice">ClaimLens has not finished reading this page. Open this window again in a moment.</p>
        );
      }
      if (!page.analysis.analyzed) {
        return (
          <p class="notice">
            ClaimLens did not look for claims on this page{page.analysis.reason ? ` (${page.analysis.reason})` : ''}.
          </p>
        );
      }
      return <ClaimList claims={page.analysis.claims} />;
    }
  }
}

export function Popup({ tabId }: { tabId: number }) {
  const [hostname, setHostname] = useState<string | null>(null);
  const site = useSiteSwitch(hostname);
  const view = usePageView(tabId, site.enabled);
  const viewHostname = hostnameOf(view);
  useEffect(() => setHostname(viewHostname), [viewHostname]);

  const openHistory = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
  };

  return (
    <main>
      <header>
        <h1>ClaimLens</h1>
        <button type="button" onClick={openHistory}>
          Open history
        </button>
      </header>
      {view.state === 'ready' && view.page.title && <p class="page-title">{view.page.title}</p>}
      {hostname && site.enabled !== undefined && (
        <SiteSwitch hostname={hostname} enabled={site.enabled} onChange={site.change} />
      )}
      <PageReport view={view} siteEnabled={site.enabled} />
    </main>
  );
}
