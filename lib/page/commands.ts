// Keyboard commands (manifest `commands`, wxt.config.ts): their names, and the pure part of
// moving between marks and saying where the reader is.
import { t } from '../i18n';

export const COMMANDS = ['toggle-marks', 'next-mark', 'previous-mark'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const isCommand = (name: unknown): name is CommandName => COMMANDS.includes(name as CommandName);

/**
 * The mark to move to: the one after (or before) `current`, wrapping round at the ends. With no
 * current mark, next starts at the first and previous at the last. Null when there are none.
 */
export function stepIndex(current: number | null, count: number, dir: 1 | -1): number | null {
  if (count <= 0) return null;
  if (current === null || current < 0 || current >= count) return dir === 1 ? 0 : count - 1;
  return (current + dir + count) % count;
}

/** What the live region says on arriving at a mark: "Mark 3 of 12: $375 billion". */
export function markAnnouncement(index: number, count: number, text: string): string {
  return t('announce_mark', index + 1, count, text.replace(/\s+/g, ' ').trim());
}

export function toggleAnnouncement(shown: boolean, count: number): string {
  if (!shown) return t('announce_hidden');
  return count === 1 ? t('announce_shown_one') : t('announce_shown_n', count);
}

export const noMarksAnnouncement = (): string => t('announce_none');
