import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleRoot } from '../../components/i18n/locale-root';
import '../../components/panel/panel.css';

function Options() {
  return (
    <main aria-label="Success Lens" style={{ padding: 12 }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Success Lens</h1>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot>
      <Options />
    </LocaleRoot>
  </StrictMode>,
);
