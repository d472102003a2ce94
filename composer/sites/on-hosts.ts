/**
 * Location matching for site adapters. Every adapter also applies on the local demo and
 * test pages (localhost, 127.0.0.1), which carry each product's DOM structure.
 */
const LOCAL_DEMO = /^(localhost|127\.0\.0\.1)$/;

export function onHosts(...hostnames: RegExp[]): (location: Location) => boolean {
  return (location) => LOCAL_DEMO.test(location.hostname) || hostnames.some((host) => host.test(location.hostname));
}
