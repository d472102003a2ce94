/** What the agent hears when an edit could not be made as asked. */
import type { InsertFailure } from './insert/chain';

export function insertFailureMessage(reason: InsertFailure): string {
  switch (reason) {
    case 'stale':
      return 'Tactful: the flagged words changed, so nothing was replaced.';
    case 'unexpected':
      return 'Tactful: this editor changed the text differently than expected. Please check the draft (Ctrl+Z undoes it).';
    default:
      return 'Tactful could not change the text in this editor, so the draft is unchanged. Please edit it by hand.';
  }
}
