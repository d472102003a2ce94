/** Says when the organisation manages part of Tactful, so locked controls make sense. */
import { t } from '../../i18n/messages';
import type { ManagedPolicy } from '../../settings/policy';

export function PolicyNotice({ policy }: { policy: ManagedPolicy }) {
  const managed =
    policy.teamBankUrl !== null ||
    policy.inlineBank !== null ||
    !policy.allowCustomBanks ||
    Object.keys(policy.locked).length > 0;
  if (!managed) return null;
  return (
    <p class="policy-notice" role="note">
      {t('policyNotice')}
    </p>
  );
}
