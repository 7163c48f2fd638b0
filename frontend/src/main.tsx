import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { loadRuntimeConfig } from './config/runtime-config';
import './styles.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html lacks the #root element');
}
const root = createRoot(container);

loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <div role="alert" className="problem-alert">
        <p className="problem-alert__title">Synthesis could not load its configuration</p>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </div>,
    ),
);
