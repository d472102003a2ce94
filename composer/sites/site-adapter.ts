/** A site adapter knows one product's composer: where it is and what belongs to it. */
export interface SiteAdapter {
  name: string;
  /** true when this adapter handles the page at this location */
  matches(location: Location): boolean;
  /** the composer an element belongs to, or null when it is not a composer */
  composerRoot(element: HTMLElement): HTMLElement | null;
}
