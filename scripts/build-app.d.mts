/** Types of build-app.mjs for the tests that build the app into a folder of their own. */
export function buildMain(dist?: string): Promise<void>;
export function buildPreload(dist?: string): Promise<void>;
export function buildRenderer(dist?: string): Promise<void>;
export function buildApp(dist?: string): Promise<void>;
