#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx, so `npx botcheck` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
await main(process.argv);
