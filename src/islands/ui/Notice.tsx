/**
 * The boxed notice the tools use for what the person must not miss: storage blocked or full, saved
 * data that could not be read, a missed refill, problems that stopped a save. The role (status or
 * alert) and the data-* hooks come from the caller; the box looks the same everywhere.
 */
import type { HTMLAttributes, ReactNode } from 'react';

/** The notice box's classes, for the few places that put them on another element (a message line). */
export const NOTICE_BOX = 'rounded border-l-8 border-y-2 border-r-2 border-urgent bg-urgent-soft p-4';

interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** A first line in bold, when the notice has one. */
  title?: ReactNode;
  /** Extra classes (spacing around the box). */
  className?: string;
}

export function Notice({ title, className, children, ...rest }: NoticeProps) {
  return (
    <div className={className ? `${NOTICE_BOX} ${className}` : NOTICE_BOX} {...rest}>
      {title && <p className="font-bold">{title}</p>}
      {children}
    </div>
  );
}

/**
 * One line that says why something the person just did could not be done (a full list, a fourth
 * "most important"), announced at once (role="alert") where they are looking.
 */
export function AlertLine({ className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { className: string }) {
  return <p role="alert" className={`${className} font-bold text-emergency`} {...rest} />;
}
