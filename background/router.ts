/** Answers the content scripts' and pages' requests (see composer/messages.ts). */
import type { BackgroundRequest } from '../composer/messages';
import type { BankStore } from './bank-store';

export interface RouterDeps {
  banks: BankStore;
  /** records a coaching event (counts only) */
  recordStat: (event: Extract<BackgroundRequest, { type: 'tactful/stat' }>['event']) => Promise<void> | void;
}

export async function route(request: BackgroundRequest, deps: RouterDeps): Promise<unknown> {
  switch (request.type) {
    case 'tactful/modules':
      return deps.banks.modules(request.language);
    case 'tactful/compiled-banks':
      return deps.banks.compiled(request.language);
    case 'tactful/stat':
      await deps.recordStat(request.event);
      return true;
  }
}
