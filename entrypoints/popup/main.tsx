import { render } from 'preact';
import '@/components/ui.css';
import { App } from './App';

const root = document.getElementById('app')!;
root.replaceChildren(); // the static loading view in index.html, replaced in the same task (no flash)
render(<App />, root);
