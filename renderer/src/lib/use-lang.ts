import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../electron/shared/types';

/** The UI language, which also picks the side of every LocalizedText in the report. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'ja' ? 'ja' : 'en';
}
