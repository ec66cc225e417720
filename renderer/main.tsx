// First: sends the start page's reads before React is evaluated (see early.ts).
import { earlyAnswered } from './api/early';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

/** How long the first render waits for the start page's reads; a host that has them at once answers in a few ms. */
const START_READS_WAIT_MS = 200;

// The first render waits a moment for the start page's reads, so that it is the start page itself rather than a
// spinner, then an empty page, then the list. antd is not here: each part drawn with it brings its theme (antShell.tsx).
const render = () => createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
void earlyAnswered(START_READS_WAIT_MS).then(render);
