/**
 * The site an agent is on, for "ignore this rule on this site": the top page's origin, also
 * from an editor's iframe (about:blank frames report "null" as their own origin).
 */
export function siteOrigin(doc: Document): string {
  const ancestors = doc.location?.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1];
  const own = doc.defaultView?.origin ?? doc.location?.origin ?? '';
  return own === 'null' ? '' : own;
}

/** A frame's own origin; an about:blank or about:srcdoc editor frame takes its parent's. */
export function frameOrigin(doc: Document): string {
  const own = doc.location?.origin ?? 'null';
  if (own !== 'null') return own;
  return doc.location?.ancestorOrigins?.[0] ?? own;
}
