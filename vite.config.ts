import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer is loaded from app:// (Electron) or from files the Chromium host serves, so every URL is
 * relative (base './') and the output is plain files under dist/renderer that the CSP in index.html allows.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP forbids inline scripts; the modulepreload polyfill is not needed by Chromium anyway.
    modulePreload: { polyfill: false },
    // Keep CSS in files (style-src 'self' blocks <style> tags).
    cssCodeSplit: false,
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true },
});
