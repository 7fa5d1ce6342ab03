import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/base.css';
import { I18nProvider } from '../shared/i18n';
import { HelpApp } from './HelpApp';
import { en, nl } from './messages';
import './help.css';

const CATALOGUES = { nl, en };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider catalogues={CATALOGUES}>
      <HelpApp />
    </I18nProvider>
  </StrictMode>,
);
