/**
 * The routes the server answers, with the statuses each can return. The
 * router (404/405 and the Allow header) and the OpenAPI document are both
 * built from this one table.
 */

export type RouteMethod = 'GET' | 'POST';

export interface Route {
  readonly method: RouteMethod;
  readonly operationId: string;
  readonly summary: string;
  /** Needs a bearer token with the script:create scope when the server runs with JWT auth. */
  readonly needsToken: boolean;
  /** Goes through admission: the slow-body pool and the generation queue (503 `overloaded` when full). */
  readonly capped: boolean;
  /** Statuses this route returns itself, auth statuses (401, 403) included; see `routeStatuses`. */
  readonly statuses: readonly number[];
}

export const GEN_AI_PATH = '/scripts/gen-ai';

export const ROUTES: Readonly<Record<string, Route>> = {
  [GEN_AI_PATH]: {
    method: 'POST',
    operationId: 'generateScriptFromAI',
    summary: 'Generate a MikroTik RouterOS script from a natural-language prompt.',
    needsToken: true,
    capped: true,
    statuses: [200, 400, 401, 403, 413, 415, 422, 500, 501, 503],
  },
  '/healthz': {
    method: 'GET',
    operationId: 'health',
    summary: "Liveness and the generation pool's state; 503 while the server is shutting down.",
    needsToken: false,
    capped: false,
    statuses: [200, 503],
  },
  '/openapi.json': {
    method: 'GET',
    operationId: 'openApiDocument',
    summary: "This service's own OpenAPI 3.0 document.",
    needsToken: false,
    capped: false,
    statuses: [200],
  },
  '/docs/errors': {
    method: 'GET',
    operationId: 'errorCodes',
    summary: 'Every error code with its status and meaning; doc_url points here.',
    needsToken: false,
    capped: false,
    statuses: [200],
  },
};

/** The route at `path` (own keys only: a path such as "constructor" must not reach Object.prototype). */
export function findRoute(path: string): Route | undefined {
  return Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
}

/** The statuses a route can return on a server with or without JWT auth. */
export function routeStatuses(route: Route, auth: boolean): number[] {
  return route.statuses.filter((s) => auth || (s !== 401 && s !== 403));
}

/** The Allow header for a route: GET routes also answer HEAD (Node sends the headers without the body). */
export function allowedMethods(route: Route): string {
  return route.method === 'GET' ? 'GET, HEAD' : route.method;
}

export function isAllowed(route: Route, method: string | undefined): boolean {
  return method === route.method || (route.method === 'GET' && method === 'HEAD');
}
