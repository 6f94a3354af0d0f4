import type { BotcheckBridge } from '../../electron/shared/ipc';

declare global {
  interface Window {
    botcheck?: BotcheckBridge;
  }
}

/** The only file that touches window.botcheck: the rest of the UI talks to this. */
export function bridge(): BotcheckBridge {
  if (!window.botcheck) throw new Error('botcheck bridge not available');
  return window.botcheck;
}
