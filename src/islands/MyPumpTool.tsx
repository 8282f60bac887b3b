/**
 * /my-pump/: one record about the person's pump, kept in this browser (src/stores/my-pump.ts), and
 * what it makes: the wallet card, the lock-screen image, the calendar file and the handover sheet.
 * All the rules live in src/lib/my-pump/; this island shows them and passes on what is typed.
 */
import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Edition } from '@/lib/edition/edition-schema';
import type { ToolStrings } from '@/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { buildCalendar, calendarDates } from '@/lib/my-pump/calendar';
import { localToday, longDate as longDateIn } from '@/lib/my-pump/dates';
import { pumpEssentials, withClinicDefaults } from '@/lib/my-pump/essentials';
import { fieldProblems, fieldProblemText, usablePump, type FieldName } from '@/lib/my-pump/my-pump-record';
import type { PumpModel } from '@/lib/my-pump/pump-models';
import { missedRefillAdvice, refillStatus } from '@/lib/my-pump/refill';
import type { SignEntry } from '@/lib/warning-signs/warning-signs';
import { myPumpStore } from '@/stores/my-pump';
import HandoverSheet from './my-pump/HandoverSheet';
import MyPumpNotices from './my-pump/MyPumpNotices';
import NextRefill from './my-pump/NextRefill';
import PumpForm from './my-pump/PumpForm';
import RefillLog from './my-pump/RefillLog';
import WalletCard from './my-pump/WalletCard';
import { Button, ButtonRow } from './ui/Button';
import { ConfirmChoice } from './ui/ConfirmChoice';
import { Section } from './ui/Section';

export interface Props {
  signs: SignEntry[];
  models: PumpModel[];
  edition: Edition;
  siteName: string;
  /** The page's language, and its words (src/i18n/<lang>/tools.ts). */
  lang: Lang;
  strings: ToolStrings['myPump'];
  /** Addresses in the page's language: the warning-signs page (the QR code) and "What this site keeps". */
  getHelpPath: string;
  myDataHref: string;
}

type PrintTarget = 'card' | 'sheet';

/** Offers a file made in this browser as a download. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function MyPumpTool({
  signs,
  models,
  edition,
  siteName,
  lang,
  strings,
  getHelpPath,
  myDataHref,
}: Props) {
  const t = strings;
  const longDate = (date: string) => longDateIn(date, lang);
  const stored = useStore(myPumpStore.$value);
  const status = useStore(myPumpStore.$status);
  const idBase = useId();
  const [today] = useState(() => localToday(new Date()));
  const [origin] = useState(() => window.location.origin);
  const [printTarget, setPrintTarget] = useState<PrintTarget | null>(null);
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const clearHeading = useRef<HTMLHeadingElement>(null);

  const pump = useMemo(() => withClinicDefaults(stored, edition), [stored, edition]);
  const problems = useMemo(() => fieldProblems(pump, today), [pump, today]);
  const usable = useMemo(() => usablePump(pump, today), [pump, today]);
  const essentials = useMemo(
    () => pumpEssentials(usable, signs, models, edition, strings, lang),
    [usable, signs, models, edition, strings, lang],
  );
  const refill = refillStatus(usable.nextRefill, today);
  const missed = refill.state === 'overdue' ? missedRefillAdvice(usable, signs, edition, strings) : null;
  const helpUrl = `${origin}${getHelpPath}`;
  const problemText = (name: FieldName) => {
    const found = problems[name];
    return found && fieldProblemText(found, strings.problems, lang);
  };

  // Print only what the person chose; go back to normal when the print dialog closes.
  useEffect(() => {
    if (!printTarget) return;
    document.documentElement.dataset.ppgPrint = printTarget;
    const done = () => {
      delete document.documentElement.dataset.ppgPrint;
      setPrintTarget(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printTarget]);

  const fieldId = (name: string) => `${idBase}-${name}`;

  const downloadCalendar = () => {
    const text = buildCalendar(usable, new Date(), strings.calendar);
    if (!text) {
      setMessage(t.calendarAddDateFirst);
      return;
    }
    download(new Blob([text], { type: 'text/calendar;charset=utf-8' }), strings.calendar.fileName);
    setMessage(t.calendarDownloading);
  };

  const downloadLockScreen = async () => {
    try {
      const { drawLockScreen } = await import('./my-pump/lock-screen-canvas');
      download(await drawLockScreen(essentials, helpUrl, strings.lockScreen), strings.lockScreen.fileName);
      setMessage(t.lockScreenDownloading);
    } catch (error) {
      setMessage(t.lockScreenFailed((error as Error).message));
    }
  };

  const calendarCount = calendarDates(usable).length;

  return (
    <div className="mt-6" data-my-pump>
      <MyPumpNotices status={status} strings={strings.notices} myDataHref={myDataHref} />
      <NextRefill refill={refill} nextRefill={usable.nextRefill} missed={missed} longDate={longDate} strings={t} />
      <PumpForm pump={pump} models={models} edition={edition} problem={problemText} strings={t} />
      <RefillLog refills={pump.refills} today={today} longDate={longDate} onLogged={setMessage} strings={t} />

      <Section
        headingId={fieldId('card-h')}
        heading={t.cardHeading}
        headingProps={{ 'data-print': 'hide' }}
        className="mt-10"
        data-print-card-section
      >
        <p className="mt-1" data-print="hide">
          {t.cardHint}
        </p>
        <div className="mt-4">
          <WalletCard essentials={essentials} helpUrl={helpUrl} strings={strings.card} />
        </div>
        <ButtonRow className="mt-4 gap-3" data-print="hide">
          <Button variant="primary" onClick={() => setPrintTarget('card')} data-print-card>
            {t.printCard}
          </Button>
          <Button onClick={() => void downloadLockScreen()} data-lock-screen>
            {t.downloadLockScreen}
          </Button>
        </ButtonRow>
      </Section>

      <Section headingId={fieldId('more-h')} heading={t.moreHeading} className="mt-10" data-print="hide">
        <p className="mt-1">{t.moreIntro}</p>
        <ButtonRow className="mt-4 gap-3">
          <Button variant="primary" onClick={() => setPrintTarget('sheet')} data-print-sheet>
            {t.printSheet}
          </Button>
          <Button onClick={downloadCalendar} data-download-calendar>
            {t.downloadCalendar}
          </Button>
        </ButtonRow>
        <p className="mt-2 text-sm text-muted">
          {calendarCount === 0 ? t.calendarNeedsDates : t.calendarHas(calendarCount)}
        </p>
        <p className="mt-3 font-bold" role="status" data-my-pump-message>
          {message}
        </p>
      </Section>

      <Section
        headingId={fieldId('clear-h')}
        heading={t.clearHeading}
        headingClassName="text-xl font-bold"
        headingRef={clearHeading}
        className="mt-10"
        data-print="hide"
      >
        {confirmClear ? (
          <ConfirmChoice
            id={fieldId('clear-confirm')}
            className="mt-2"
            question={t.clearWarning}
            confirm={t.clearConfirm}
            keep={t.clearKeep}
            confirmData={{ 'data-confirm-clear': true }}
            onConfirm={() => {
              myPumpStore.clear();
              setConfirmClear(false);
              setMessage(t.cleared);
              clearHeading.current?.focus();
            }}
            onKeep={() => setConfirmClear(false)}
          />
        ) : (
          <Button className="mt-2" onClick={() => setConfirmClear(true)} data-clear>
            {t.clearButton}
          </Button>
        )}
      </Section>

      <HandoverSheet
        essentials={essentials}
        pump={usable}
        today={today}
        pageUrl={`${origin}${window.location.pathname}`}
        siteName={siteName}
        lang={lang}
        strings={strings}
      />
    </div>
  );
}
