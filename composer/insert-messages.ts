/** What the agent hears when an edit could not be made as asked. */
import { t } from '../i18n/messages';
import type { InsertFailure } from './insert/chain';

export function insertFailureMessage(reason: InsertFailure): string {
  switch (reason) {
    case 'interrupted':
      return ''; // nothing to say: the agent undid or typed over the edit themselves
    case 'stale':
      return t('coachInsertStale');
    case 'unexpected':
      return t('coachInsertUnexpected');
    default:
      return t('coachInsertFailed');
  }
}
