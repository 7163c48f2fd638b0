import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

import { patiently } from '@/testing/patiently';

// Mantine reads media queries and observes sizes; jsdom has neither.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { writable: true, value: () => undefined });

// findBy* queries wait as long as vi.waitFor does (see patiently.ts), not one second.
configure({ asyncUtilTimeout: patiently.timeout });

// Vitest does not expose globals here, so Testing Library cannot register its own cleanup. Test
// files share one window (isolate: false in vite.config.ts), so timers go back to real ones too.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
