import type { Plugin } from 'vite';

/**
 * Vite's dev server adds `server.headers` only to the responses of its own middlewares; the self-hosted model files
 * and the bundled workers come from plugin middlewares. This sends the headers on every dev response, so the page
 * and its workers are cross-origin isolated (onnxruntime's threads) and under the same CSP as the build.
 * List it before the plugins that serve files: middlewares run in the order they were added.
 */
export function devServerHeaders(headers: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'dev-server-headers',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
