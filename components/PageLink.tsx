// A link to a page seen; anything but a web address (never stored, but never trusted) stays text.
import { isHttpAddress } from '../lib/messaging/http-address';

export function PageLink({ url, children }: { url: string; children: string }) {
  if (!isHttpAddress(url)) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
