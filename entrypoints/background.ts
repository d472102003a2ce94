import { browser } from 'wxt/browser';
import { BankStore } from '../background/bank-store';
import { route } from '../background/router';
import { isBackgroundRequest } from '../composer/messages';

// Thin: wires the bank store and the message router; logic lives in background/.
export default defineBackground(() => {
  const banks = new BankStore();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    return route(message, { banks, recordStat: () => {} });
  });
});
