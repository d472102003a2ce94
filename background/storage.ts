/**
 * The slice of browser.storage the background stores use, so unit tests can hand them WXT's
 * fake browser (or a failing fake, to check that quota errors surface).
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError"/"quota": both mean storage is full. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
