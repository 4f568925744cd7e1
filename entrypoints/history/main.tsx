import { render } from 'preact';
import { historyDb } from '../../lib/history/db';
import { HistoryPage } from './HistoryPage';
import '../../components/ui.css';
import './style.css';

// Opening the database takes longer than laying out the page: it starts first. A failure to open
// is shown by the page's first query.
historyDb.open().catch(() => undefined);
render(<HistoryPage />, document.getElementById('app')!);
