import type { IpcChannel, IpcContract } from '../shared/ipc';
import { parseArgs } from './ipc-schemas';
import { isTrustedSender, type AppWindowRef, type SenderEvent } from './ipc-sender';

/** What registration needs of Electron's ipcMain (stood in by tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
}

export type Handlers = { [C in IpcChannel]: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']> };

/** Thrown to the renderer; says which channel and why, never echoes the arguments back. */
export class IpcRefused extends Error {
  constructor(channel: IpcChannel, why: 'sender' | 'arguments') {
    super(`${channel}: refused (${why === 'sender' ? 'not from the app window' : 'invalid arguments'})`);
    this.name = 'IpcRefused';
  }
}

/**
 * Registers every channel of the contract: the sender is checked first, then the arguments against
 * the channel's schema, and only then does the handler run, with the parsed (not the raw) values.
 */
export function registerHandlers(ipc: IpcMainLike, appWindow: () => AppWindowRef | null, handlers: Handlers): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, appWindow())) throw new IpcRefused(channel, 'sender');
      const parsed = parseArgs(channel, args);
      if (parsed === null) throw new IpcRefused(channel, 'arguments');
      const run = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
      return run(...parsed);
    });
  }
}
