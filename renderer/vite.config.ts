import { defineConfig, type Plugin } from 'vite';

/**
 * The app loads this page from its own files, not from a web server: `crossorigin` would make the
 * stylesheet a CORS request, which file and custom app schemes may refuse.
 */
function noCrossorigin(): Plugin {
  return { name: 'botcheck-no-crossorigin', transformIndexHtml: (html) => html.replace(/ crossorigin(="[^"]*")?/g, '') };
}

/** `npx vite build renderer` (or `npx vite build --config renderer/vite.config.ts`): emits dist/renderer. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [noCrossorigin()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // CSP has no 'unsafe-inline': keep the CSS a file, never inlined into JS or HTML.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
  },
});
