import { render } from 'preact';
import '../ui/article.css';
import './library.css';
import { LibraryApp } from './library-app.tsx';

render(<LibraryApp />, document.getElementById('app')!);
