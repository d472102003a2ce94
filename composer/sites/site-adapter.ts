/** A site adapter knows one product's composer: where it is and what belongs to it. */
export interface SiteAdapter {
  name: string;
  /** true when this adapter handles the page at this location */
  matches(location: Location): boolean;
  /** the composer an element belongs to, or null when it is not this site's composer */
  composerRoot(element: HTMLElement): HTMLElement | null;
  /** editable fields of this site that are not prose (recipient wells, subject lines): never checked */
  ignores?(element: HTMLElement): boolean;
  /** values for phrase-module placeholders, read from the page around a composer this adapter found */
  readVariables?(root: HTMLElement): ComposerVariables;
}

/** Placeholders a phrase module can use, filled from the page (never sent anywhere). */
export interface ComposerVariables {
  'customer.name'?: string;
}
