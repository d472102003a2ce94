import { browser } from 'wxt/browser';
import { isBackgroundRequest, isPageRequest } from '../composer/messages';
import { isExtensionPage, route, routePage } from '../background/router';
import { createServices } from '../background/services';
import { onPolicyChanged } from '../settings/policy';
import { onSettingsChanged } from '../settings/settings';

// Thin: wires browser events to background/; every listener is registered synchronously so
// the worker wakes up for them (MV3).
export default defineBackground(() => {
  const services = createServices();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isBackgroundRequest(message)) {
      services.tabs.note(sender).catch(() => {});
      return route(message, services, sender);
    }
    if (isPageRequest(message) && isExtensionPage(sender, browser.runtime.id, extensionOrigin))
      return routePage(message, services);
    return undefined;
  });

  browser.runtime.onInstalled.addListener(services.start);
  browser.runtime.onStartup.addListener(services.start);
  browser.alarms.onAlarm.addListener((alarm) => {
    services.team.onAlarm(alarm.name)?.catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    services.tabs.forget(tabId).catch(() => {});
  });
  browser.permissions.onAdded.addListener(() => services.sites.sync().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => services.sites.sync().catch(() => {}));
  onSettingsChanged(services.settingsChanged);
  onPolicyChanged(services.policyChanged);
});
