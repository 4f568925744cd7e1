import { render } from 'preact';
import { historyDb } from '../../lib/history/db';
import { HistoryPage } from './HistoryPage';
import '../../components/ui.css';
import './style.css';

// Opening the database takes longer than laying out the page: its request goes out first. Dexie
// sends it from a microtask, so the page is laid out in the one queued after it. A failure to
// open is shown by the page's first query.
historyDb.open().catch(() => undefined);
queueMicrotask(() => render(<HistoryPage />, document.getElementById('app')!));
