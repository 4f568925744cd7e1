// Wiring only: the page session (extract → analyze in the background → paint) follows the
// per-site switch and the page's own navigation, and answers the popup. The analyzer is not
// imported here: it runs in the background.
import { guarded } from '@/lib/highlight';
import { onMessage, sendMessage, type PageState } from '@/lib/messaging/protocol';
import { isSiteEnabled, watchSite } from '@/lib/settings/sites';
import { createPageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const hostname = location.hostname;
    let enabled = false;
    const session = createPageSession(document, ({ title, text }) =>
      sendMessage('analyzeArticle', { url: location.href, title, text }),
    );
    const follow = guarded((on: boolean) => {
      enabled = on;
      if (on) session.show();
      else session.hide();
    });

    const stopAnswering = onMessage(
      'getPageState',
      (): PageState => ({
        url: location.href,
        hostname,
        title: session.title ?? document.title,
        enabled,
        analysis: enabled ? session.analysis : null,
      }),
    );
    const stopWatching = watchSite(hostname, follow);
    ctx.addEventListener(
      window,
      'wxt:locationchange',
      guarded(({ newUrl, oldUrl }) => {
        // A jump to an anchor (#comments) is the same page.
        if (newUrl.href.split('#')[0] !== oldUrl.href.split('#')[0]) session.reset();
      }),
    );
    ctx.onInvalidated(() => {
      session.hide();
      stopAnswering();
      stopWatching();
    });
    // The article is read while the switch is: reading does not change the page.
    guarded(() => session.prepare())();
    guarded(async () => follow(await isSiteEnabled(hostname)))();
  },
});
