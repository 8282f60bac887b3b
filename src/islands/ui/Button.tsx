/**
 * The tools' buttons and button rows. One look for the main action (filled) and one for the others
 * (outlined); both keep a 2 px border so they stay visible in forced-colors (high contrast) mode, and
 * are at least 44 px high.
 */
import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode, Ref } from 'react';

const BUTTON_PRIMARY = 'min-h-11 rounded border-2 border-brand bg-brand px-4 font-bold text-on-brand';
const BUTTON_SECONDARY = 'min-h-11 rounded border-2 border-brand bg-paper px-4 font-bold text-brand';
/** The outlined look on a link (Email): a link is inline and underlined, a button is not. */
export const LINK_BUTTON =
  'inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 font-bold text-brand no-underline visited:text-brand';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action in a place; `secondary` (the default) for the others. */
  variant?: 'primary' | 'secondary';
  /** Extra classes (spacing). */
  className?: string;
  /** React 19 passes refs as props. */
  ref?: Ref<HTMLButtonElement>;
}

/** A native button (type="button" unless said otherwise) in the tools' look. */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  const look = variant === 'primary' ? BUTTON_PRIMARY : BUTTON_SECONDARY;
  return <button type={type} className={className ? `${look} ${className}` : look} {...rest} />;
}

/** A row of buttons that wraps on a narrow screen. `className` sets the spacing (gap and margin). */
export function ButtonRow({
  className,
  children,
  ...rest
}: HTMLAttributes<HTMLDivElement> & { className: string; children: ReactNode }) {
  return (
    <div className={`flex flex-wrap ${className}`} {...rest}>
      {children}
    </div>
  );
}
