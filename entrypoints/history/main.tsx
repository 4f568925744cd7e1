import { render } from 'preact';
import { HistoryPage } from './HistoryPage';
import '../../components/ui.css';
import './style.css';

render(<HistoryPage />, document.getElementById('app')!);
