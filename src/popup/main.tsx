import { render } from 'preact';
import '../ui/article.css';
import './popup.css';
import { PopupApp } from './popup-app.tsx';

render(<PopupApp />, document.getElementById('app')!);
