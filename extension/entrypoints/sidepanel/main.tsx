import '../../ui/theme.css';
import '../../ui/review.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../sidepanel/App.js';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
