/** dist/ on 127.0.0.1 for a whole test file (the server itself is serveDirectory.ts). */
import { afterAll, beforeAll } from 'vitest';
import { DIST, requireBuild } from './paths.js';
import { type StaticServer, serveDirectory } from './serveDirectory.js';

/**
 * dist/ served on localhost for the whole test file (registers beforeAll/afterAll); the returned
 * function gives the server's origin once it has started.
 */
export function servedDist(): () => string {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireBuild();
    server = await serveDirectory(DIST);
  });
  afterAll(async () => server?.close());
  return () => {
    if (!server) throw new Error('servedDist(): the server starts in beforeAll');
    return server.origin;
  };
}
