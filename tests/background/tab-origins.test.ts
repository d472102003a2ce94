import { describe, expect, it } from 'vitest';
import { TabOrigins } from '../../background/tab-origins';
import { MemoryArea } from './fixtures';

describe('TabOrigins', () => {
  it('remembers the top frame’s origin as the browser reports the sender', async () => {
    const tabs = new TabOrigins(new MemoryArea());
    await tabs.note({
      tab: { id: 4 },
      frameId: 0,
      origin: 'https://acme.zendesk.com',
      url: 'https://acme.zendesk.com/agent/tickets/1',
    });
    await tabs.note({ tab: { id: 4 }, frameId: 3, origin: 'https://widget.example' });
    await tabs.note({ tab: { id: 5 }, frameId: 0, url: 'http://127.0.0.1:5176/textarea.html' });
    await tabs.note({ frameId: 0, origin: 'https://x.example' });
    await tabs.note({ tab: { id: 6 }, frameId: 0, origin: 'null' });
    expect(await tabs.get(4)).toBe('https://acme.zendesk.com');
    expect(await tabs.get(5)).toBe('http://127.0.0.1:5176');
    expect(await tabs.get(6)).toBeNull();
    await tabs.forget(4);
    expect(await tabs.get(4)).toBeNull();
  });
});
