import { render } from 'preact';
import '@/components/ui.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
