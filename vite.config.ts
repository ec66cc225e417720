import { defineConfig } from 'vite';

/** The renderer only. Built to dist/renderer, served by app:// under Electron and by the loopback host otherwise. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; meaningless in a desktop bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  esbuild: { jsx: 'automatic' },
});
