/** Types of electron-builder-hooks.mjs for the packaging test. */
export function beforeBuild(): boolean;
