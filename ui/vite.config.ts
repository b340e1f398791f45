import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    target: 'safari15',
    // Everything ships as files: the CSP allows no inline script or style.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Two pages: the app, and the projector window, which loads none of the app's code.
    rollupOptions: { input: { main: 'index.html', projector: 'projector.html' } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
