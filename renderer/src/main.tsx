import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as z from 'zod';
import { App } from './app/App';
import { createAppSession } from './app/app-session';
import { installExternalLinks } from './app/external-links';
import { MissingBridge } from './app/MissingBridge';
import './styles/base.css';

// The CSP forbids eval: tell zod not to probe for `new Function` (it would be refused and logged).
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het element #root.');
installExternalLinks(document);

createRoot(container).render(
  <StrictMode>{'mdo' in window ? <App session={createAppSession(window.mdo)} /> : <MissingBridge />}</StrictMode>,
);
