/**
 * A part of a tool page: a <section> named by its own heading (aria-labelledby), so screen-reader
 * users can list and jump to the parts. The heading level and look come from the caller.
 */
import type { HTMLAttributes, ReactNode, Ref } from 'react';

interface SectionProps extends HTMLAttributes<HTMLElement> {
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  heading: ReactNode;
  /** h2 for a part of the page, h3 for a part of a part. */
  level?: 2 | 3;
  headingClassName?: string;
  /** Makes the heading focusable from script (tabIndex -1), for moving focus to it. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Extra attributes for the heading (data-* hooks). */
  headingProps?: HTMLAttributes<HTMLHeadingElement> & { [data: `data-${string}`]: string | boolean };
  children?: ReactNode;
}

export function Section({
  headingId,
  heading,
  level = 2,
  headingClassName = level === 2 ? 'text-2xl font-bold' : 'text-lg font-bold',
  headingRef,
  headingProps,
  children,
  ...rest
}: SectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} {...rest}>
      <Heading
        id={headingId}
        className={headingClassName}
        {...(headingRef ? { ref: headingRef, tabIndex: -1 } : {})}
        {...headingProps}
      >
        {heading}
      </Heading>
      {children}
    </section>
  );
}
