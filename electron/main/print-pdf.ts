import { BrowserWindow } from 'electron';
import { printWindowOptions } from './window-options';

/** Renders the report HTML in a hidden, script-less window and prints it; the window is always closed. */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow(printWindowOptions());
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}
