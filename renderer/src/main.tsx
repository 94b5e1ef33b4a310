import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppSession } from './app/app-session';
import { installExternalLinks } from './app/external-links';
import { MissingBridge } from './app/MissingBridge';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist het element #root.');
installExternalLinks(document);

createRoot(container).render(
  <StrictMode>{'mdo' in window ? <App session={createAppSession(window.mdo)} /> : <MissingBridge />}</StrictMode>,
);
