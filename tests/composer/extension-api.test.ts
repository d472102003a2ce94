import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attempt, toBackground } from '../../composer/extension-api';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

describe('calls to the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it('attempt: a call that throws at once rejects instead', async () => {
    const call = () => {
      throw new Error('Extension context invalidated.');
    };
    await expect(attempt(call)).rejects.toThrow('Extension context invalidated.');
    await expect(attempt(async () => 7)).resolves.toBe(7);
  });

  it('toBackground: sends the message and gives the reply; rejects when the extension is gone', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    await expect(toBackground({ type: 'tactful/modules', language: 'en' })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith({ type: 'tactful/modules', language: 'en' });
    send.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(toBackground({ type: 'tactful/modules', language: 'en' })).rejects.toThrow('invalidated');
  });
});
