import { dialog, type BrowserWindow } from 'electron';
import type { ExportFormat } from '../shared/ipc';
import type { Lang } from '../shared/types';
import { MESSAGES } from './messages';

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export async function chooseSavePath(parent: BrowserWindow | null, defaultName: string, format: ExportFormat, lang: Lang): Promise<string | null> {
  const options = { title: MESSAGES.exportTitle[lang], defaultPath: defaultName, filters: [FILTERS[format]] };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
