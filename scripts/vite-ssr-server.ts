/**
 * A bare Vite server for loading the project's modules in Node
 * (`ssrLoadModule`): it understands the imports the app uses (`?raw` theme
 * CSS and all) and starts nothing else (no config, no HMR, no dependency scan).
 */
import { createServer, type ViteDevServer } from 'vite'

/** Start one; close it when done. */
export function createSsrServer(root?: string): Promise<ViteDevServer> {
  return createServer({
    ...(root ? { root } : {}),
    configFile: false,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
}
