import type { BotcheckBridge } from '../../electron/shared/ipc';

/** As renderer/src/bridge.ts declares it: what page.evaluate sees in the app's window. */
declare global {
  interface Window {
    botcheck?: BotcheckBridge;
  }
}
