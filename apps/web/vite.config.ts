import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two entries with their own bundles: the public help centre must stay small on a phone,
// the staff workspace may load more (its screens are split into chunks of their own).
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    rollupOptions: { input: { staff: 'index.html', help: 'help.html' } },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
