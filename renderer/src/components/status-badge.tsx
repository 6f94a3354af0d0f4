import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../electron/shared/types';

const ICON: Record<Status, string> = { pass: '✓', warn: '!', fail: '✕', unknown: '?', not_applicable: '–', manual: '✎' };

/** Status as icon, word and colour together: never colour alone. */
export function StatusBadge({ status }: { status: Status }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <span className={`badge status-${status}`}>
      <span className="badge-icon" aria-hidden="true">{ICON[status]}</span>
      <span>{t(`status.${status}`)}</span>
    </span>
  );
}
