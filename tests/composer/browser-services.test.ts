import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserServices } from '../../composer/browser-services';
import { MAX_STAT_EVENTS, type StatEvent } from '../../composer/messages';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const flagged = (n: number): StatEvent => ({ kind: 'flagged', category: 'stop-phrase', ruleId: `stop-phrase.r${n}` });

describe('browserServices().stat', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return true;
    });
  });

  it('sends the events of one task as one message, in order', async () => {
    const { stat } = browserServices();
    stat({ kind: 'draft-checked' });
    stat(flagged(1));
    stat(flagged(2));
    expect(sent).toEqual([]); // nothing leaves before the task ends
    await Promise.resolve();
    expect(sent).toEqual([{ type: 'tactful/stat', events: [{ kind: 'draft-checked' }, flagged(1), flagged(2)] }]);
    stat(flagged(3));
    await Promise.resolve();
    expect(sent).toEqual([
      { type: 'tactful/stat', events: [{ kind: 'draft-checked' }, flagged(1), flagged(2)] },
      { type: 'tactful/stat', events: [flagged(3)] },
    ]);
  });

  it('splits a batch larger than the background accepts', async () => {
    const { stat } = browserServices();
    for (let n = 0; n < MAX_STAT_EVENTS + 5; n++) stat(flagged(n));
    await Promise.resolve();
    const batches = sent as { events: StatEvent[] }[];
    expect(batches.map((b) => b.events.length)).toEqual([MAX_STAT_EVENTS, 5]);
    expect(batches[1].events[4]).toEqual(flagged(MAX_STAT_EVENTS + 4));
  });

  it('stays quiet when the extension is gone (its API throws at once after an update)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const thrown: unknown[] = [];
    const onError = (e: unknown) => thrown.push(e);
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
    try {
      const { stat, modules } = browserServices();
      stat(flagged(1));
      await expect(modules('en')).rejects.toThrow('Extension context invalidated.');
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off('uncaughtException', onError);
      process.off('unhandledRejection', onError);
    }
    expect(thrown).toEqual([]);
  });

  it('drops a failed send without throwing into the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('worker asleep'));
    const { stat } = browserServices();
    stat(flagged(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
