import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '../shared/base.css';
import { ApiError } from '../shared/api';
import { I18nProvider } from '../shared/i18n';
import { StaffApp } from './StaffApp';
import { en, nl } from './messages';
import './staff.css';

const CATALOGUES = { nl, en };

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) will not change by asking again; a network hiccup may.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider catalogues={CATALOGUES}>
      <QueryClientProvider client={queries}>
        <BrowserRouter>
          <StaffApp />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
