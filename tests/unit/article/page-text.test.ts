// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { changesPageText } from '../../../lib/article/page-text';
import { loadPage } from '../../fixtures/pages/load';

/** The records a change to the page produces, as a MutationObserver on <body> sees them. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

test('new or edited paragraphs in the story change the page text', () => {
  loadPage('live-blog.html');
  const added = recordsOf(() => {
    const entry = document.createElement('article');
    entry.innerHTML = '<p>Residents said the barriers had leaked.</p>';
    document.getElementById('feed')!.append(entry);
  });
  expect(added.some(changesPageText)).toBe(true);
  const edited = recordsOf(() => {
    (document.querySelector('#entry-1 p')!.firstChild as Text).data = 'The agency withdrew its warning.';
  });
  expect(edited.some(changesPageText)).toBe(true);
  const removed = recordsOf(() => document.getElementById('entry-2')!.remove());
  expect(removed.some(changesPageText)).toBe(true);
});

test('furniture, empty nodes, scripts and the extension’s own elements do not', () => {
  loadPage('seed-kursk.html');
  const records = recordsOf(() => {
    document.querySelector('nav a')!.textContent = 'Sport';
    document.querySelector('footer p')!.append(' Updated.');
    document.querySelector('.rail ol')!.append(document.createElement('li'));
    document.querySelector('.story-body')!.append(document.createTextNode('\n  '));
    document.querySelector('.story-body')!.append(document.createElement('img'));
    const script = document.createElement('script');
    script.textContent = 'window.tracked = true;';
    document.body.append(script);
    const mark = document.createElement('claimlens-tooltip');
    mark.textContent = 'Disputed';
    document.body.append(mark);
    document.querySelector('.story-body p')!.setAttribute('data-read', 'yes');
  });
  expect(records.length).toBeGreaterThan(5);
  expect(records.filter(changesPageText)).toEqual([]);
});
