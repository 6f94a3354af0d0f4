import { describe, expect, it } from 'vitest';
import { LocalizedError } from '../../electron/shared/localized-error';
import { errorText } from '../../renderer/src/lib/error-text';

describe('errorText', () => {
  it("drops Electron's English wrapper around what the main process said", () => {
    expect(errorText(new Error("Error invoking remote method 'botcheck:load-report': Error: このレポートはもう保存されていません。"), 'ja')).toBe('このレポートはもう保存されていません。');
    expect(errorText(new Error("Error invoking remote method 'botcheck:scan': TypeError: x is not a function"), 'en')).toBe('x is not a function');
  });

  it('shows what the main process sent in both languages in the language of the page', () => {
    const sent = new LocalizedError({ en: 'This report is no longer saved.', ja: 'このレポートはもう保存されていません。' });
    // What reaches the page: Electron's wrapper around the message.
    const received = new Error(`Error invoking remote method 'botcheck:load-report': Error: ${sent.message}`);
    expect(errorText(received, 'ja')).toBe('このレポートはもう保存されていません。');
    expect(errorText(received, 'en')).toBe('This report is no longer saved.');
  });

  it('leaves other messages as they are', () => {
    expect(errorText(new Error('boom'), 'en')).toBe('boom');
    expect(errorText('plain', 'ja')).toBe('plain');
    expect(errorText(new Error('botcheck-text:{"en":1}'), 'en'), 'not a text in both languages').toBe('botcheck-text:{"en":1}');
  });
});
