import { describe, expect, it } from 'vitest';
import { errorText } from '../../renderer/src/lib/error-text';

describe('errorText', () => {
  it("drops Electron's English wrapper around what the main process said", () => {
    expect(errorText(new Error("Error invoking remote method 'botcheck:load-report': Error: このレポートはもう保存されていません。"))).toBe('このレポートはもう保存されていません。');
    expect(errorText(new Error("Error invoking remote method 'botcheck:scan': TypeError: x is not a function"))).toBe('x is not a function');
  });

  it('leaves other messages as they are', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
  });
});
