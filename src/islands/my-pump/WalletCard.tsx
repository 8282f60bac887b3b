/**
 * The emergency wallet card, front and back, at real card size (85.6 x 54 mm, set in
 * src/styles/my-pump.css). The same element is the screen preview and the printout. Renders only;
 * the words come from pumpEssentials.
 */
import type { ToolStrings } from '@/i18n';
import type { PumpEssentials } from '@/lib/my-pump/essentials';
import { qrPath } from '@/lib/questions/qr-path';

interface Props {
  essentials: PumpEssentials;
  /** The public warning-signs page, absolute: the only thing the QR code holds. */
  helpUrl: string;
  strings: ToolStrings['myPump']['card'];
}

export default function WalletCard({ essentials, helpUrl, strings: t }: Props) {
  const qr = qrPath(helpUrl);
  const emergency = essentials.actions.find((a) => a.level === 'emergency');
  return (
    <div className="mp-card-sheet" data-wallet-card>
      <p className="mp-card-instructions">
        {t.instructions}
      </p>
      <div className="mp-card-pair">
        <section className="mp-card mp-card-front" aria-label={t.front} data-card-face="front">
          <p className="mp-card-alert">{t.alert}</p>
          <p className="mp-card-headline" data-card-headline>{essentials.headline}</p>
          <p className="mp-card-action">{emergency ? emergency.lead : t.callNow(essentials.emergencyNumber)}</p>
          <ul className="mp-card-signs">
            {essentials.emergencySigns.map((sign) => (
              <li key={sign.id} data-card-sign={sign.id}>
                {sign.short}
              </li>
            ))}
          </ul>
          <p className="mp-card-small">{t.tellThem}</p>
        </section>
        <section className="mp-card mp-card-back" aria-label={t.back} data-card-face="back">
          <p className="mp-card-line">
            <b>{t.pump}</b> {essentials.modelName}
          </p>
          <p className="mp-card-line" data-card-mri>
            <b>{t.mri}</b> {essentials.mri.mriShort}
          </p>
          {essentials.neverStop.map((line) => (
            <p key={line} className="mp-card-line mp-card-never" data-card-never-stop>
              {line}
            </p>
          ))}
          <ul className="mp-card-contacts">
            {essentials.contacts.map((contact) => (
              <li key={`${contact.label}-${contact.number ?? ''}`}>
                {contact.label}
                {contact.number && (
                  <>
                    : <b>{contact.number}</b>
                  </>
                )}
              </li>
            ))}
          </ul>
          <div className="mp-card-foot">
            {qr && (
              <svg className="mp-card-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t.qrLabel} data-card-qr={helpUrl}>
                <rect width={qr.size} height={qr.size} fill="#fff" />
                <path d={qr.d} fill="#000" />
              </svg>
            )}
            <p className="mp-card-small">{t.allSigns(helpUrl.replace(/^https?:\/\//, ''))}</p>
          </div>
        </section>
      </div>
    </div>
  );
}
