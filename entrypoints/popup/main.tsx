// The popup's entry. It loads only Preact, the components and the library snapshot of the last
// popup (a synchronous localStorage read): with a snapshot it draws the popup at once, then
// loads the rest (popup-app.tsx: Dexie, the hooks), which hooks up the same root component in
// place and replaces the snapshot's rows with the real first page. Without one, app-early.ts
// (the first import, so it runs before the rest of this chunk) has started loading popup-app.tsx.
import { loadPopupApp } from './app-early';
import { afterFrame } from './after-frame';
import { render } from 'preact';
import '@/components/ui.css';
import { uiLanguage } from '@/components/i18n';
import { readFirstPaintSnapshot } from './first-paint';
import { firstPaintViews } from './first-paint-views';
import { PopupRoot } from './popup-root';

// Every import above is evaluated by now (bench/popup.browser-bench.ts reports these marks).
performance.mark('qubao:main-start');
// Screen readers and CJK font choice follow the UI language (中文 / English chosen in options).
document.documentElement.lang = uiLanguage();

const app = document.getElementById('app')!;
const snapshot = readFirstPaintSnapshot();
if (snapshot) render(<PopupRoot first={firstPaintViews(snapshot)} />, app);
performance.mark('qubao:main-rendered');
// With a frame drawn, the rest loads after it is painted: its fetch, parse and code caching
// would otherwise share the two cores of a small machine with that first frame.
const loadApp = () => void loadPopupApp().then((m) => m.startPopup(app, snapshot != null));
if (snapshot) afterFrame(loadApp);
else loadApp();
