import { defineConfig } from 'vite';

// One self-contained IIFE: a host page loads it with a plain <script> tag, from any origin.
export default defineConfig({
  resolve: { conditions: ['source'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    lib: { entry: 'src/main.ts', formats: ['iife'], name: 'KlantstemWidget', fileName: () => 'widget.js' },
  },
});
