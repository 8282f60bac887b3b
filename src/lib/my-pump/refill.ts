/**
 * When the next refill is due, and what to do when it is missed. Pure.
 */
import type { Edition } from '../edition/edition-schema';
import { levelAction, type LevelAction, type SignEntry } from '../warning-signs/warning-signs';
import { daysBetween, isRealDate } from './dates';
import type { MyPump } from './my-pump-record';
import { editionForPerson, type MyPumpWords } from './essentials';

export type RefillStatus =
  | { state: 'none' }
  | { state: 'upcoming'; days: number }
  | { state: 'today' }
  | { state: 'overdue'; days: number };

/** Where the next refill date stands on `today` (both YYYY-MM-DD). */
export function refillStatus(nextRefill: string | undefined, today: string): RefillStatus {
  if (!nextRefill || !isRealDate(nextRefill)) return { state: 'none' };
  const days = daysBetween(today, nextRefill);
  if (days > 0) return { state: 'upcoming', days };
  if (days === 0) return { state: 'today' };
  return { state: 'overdue', days: -days };
}

/** Sign files shown when a refill is missed: every pump, plus the medicine's own early signs. */
const MISSED_REFILL_SIGNS: Record<string, string[]> = {
  all: ['missed-refill'],
  baclofen: ['baclofen-early-withdrawal'],
  clonidine: ['clonidine-stopped'],
};

/** The "call now" advice for a missed refill: the signs that fit these medicines, and who to call. */
export function missedRefillAdvice(pump: MyPump, signs: SignEntry[], edition: Edition, words: MyPumpWords): { signs: SignEntry[]; action: LevelAction } {
  const ids = [
    ...MISSED_REFILL_SIGNS.all!,
    ...(pump.medicines.includes('baclofen') ? MISSED_REFILL_SIGNS.baclofen! : []),
    ...(pump.medicines.includes('clonidine') ? MISSED_REFILL_SIGNS.clonidine! : []),
  ];
  return {
    signs: ids.map((id) => signs.find((s) => s.id === id)).filter((s): s is SignEntry => s !== undefined),
    action: levelAction('now', editionForPerson(edition, pump, words)),
  };
}
