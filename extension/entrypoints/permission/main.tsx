import '../../ui/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PermissionApp } from '../../permission/PermissionApp.js';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PermissionApp />
    </StrictMode>,
  );
