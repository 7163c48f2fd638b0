import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Spring Boot app runs on 8080 during development and serves both paths.
const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': backend,
      '/app-config.json': backend,
      '/.well-known': backend,
    },
  },
  build: {
    // Packed by Maven into the jar under static/, which Spring Boot serves.
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // a test fails when what it waits for never comes (30 s, src/testing/patiently.ts), not when a
    // busy machine is slow
    testTimeout: 60_000,
    // One jsdom per worker instead of one per test file: 33 s -> 7 s here. Every test leaves the
    // shared window as it found it (setup-tests.ts: cleanup, real timers, mocks and globals restored).
    isolate: false,
  },
});
