/** Screens the navigation bar offers; the others are steps of a flow. */
export const NAV_ROUTES = ['start', 'results', 'connections', 'cleanup', 'helpdesk', 'history', 'export', 'settings'] as const;

export type NavRoute = (typeof NAV_ROUTES)[number];

export type Route = NavRoute | 'notice' | 'scan' | 'notice-result';
