// Marks the moment Clearpage's own code starts (the benchmark splits page start-up from the library's own work).
performance.mark('clearpage:library-start');
import { render } from 'preact';
import '../ui/article.css';
import './library.css';
import { openLibrary } from '../storage/library-db.ts';
import { LibraryApp } from './library-app.tsx';

// Open the database now, while Preact draws the page: the first query then finds it ready.
void openLibrary().open().catch(() => undefined);
render(<LibraryApp />, document.getElementById('app')!);
