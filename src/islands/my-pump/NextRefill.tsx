/**
 * "Your next refill": the date and how far off it is, and when it has passed, the call-now advice
 * (the signs that fit the person's medicines and who to call).
 */
import { useId } from 'react';
import type { ToolStrings } from '@/i18n';
import { telHref, type LevelAction, type SignEntry } from '@/lib/warning-signs/warning-signs';
import type { RefillStatus } from '@/lib/my-pump/refill';
import { Notice } from '../ui/Notice';
import { Section } from '../ui/Section';

interface Props {
  refill: RefillStatus;
  /** The next refill date (YYYY-MM-DD), when there is one. */
  nextRefill: string | undefined;
  /** The call-now advice, only when the refill is overdue. */
  missed: { signs: SignEntry[]; action: LevelAction } | null;
  longDate: (date: string) => string;
  strings: ToolStrings['myPump'];
}

export default function NextRefill({ refill, nextRefill, missed, longDate, strings: t }: Props) {
  const headingId = useId();
  const day = nextRefill ? longDate(nextRefill) : '';
  return (
    <Section
      headingId={headingId}
      heading={t.nextRefillHeading}
      headingClassName="text-xl font-bold"
      className="mt-4 rounded border-2 border-line p-4"
      data-next-refill={refill.state}
      data-print="hide"
    >
      <p className="mt-1 text-lg" data-next-refill-text>
        {refill.state === 'none' && t.noNextRefill}
        {refill.state === 'upcoming' && (
          <>
            <strong>{day}</strong> {t.inDays(refill.days)}
          </>
        )}
        {refill.state === 'today' && <strong>{t.todayDate(day)}</strong>}
        {refill.state === 'overdue' && (
          <>
            <strong>{day}</strong>
            {t.daysAgo(refill.days)}
          </>
        )}
      </p>
      {missed && (
        <Notice className="mt-3" role="alert" data-missed-refill>
          <p className="text-lg font-bold">{missed.action.heading}</p>
          <p className="mt-1">{t.missedLead(missed.action.lead)}</p>
          <ul className="mt-2 list-disc pl-6">
            {missed.signs.map((sign) => (
              <li key={sign.id} data-missed-sign={sign.id}>
                {sign.text}
              </li>
            ))}
          </ul>
          {missed.action.contacts.length > 0 && (
            <ul className="mt-2">
              {missed.action.contacts.map((c) => (
                <li key={c.label}>
                  {c.label}
                  {c.number && (
                    <>
                      :{' '}
                      <a className="font-bold" href={telHref(c.number)}>
                        {c.number}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2">{missed.action.footnote}</p>
          <p className="mt-2 text-sm">{t.missedAlreadyHad}</p>
        </Notice>
      )}
    </Section>
  );
}
