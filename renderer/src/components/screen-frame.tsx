import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react';

/** One screen: its heading takes the focus when the screen appears, so keyboard and screen-reader users start at the top. */
export function ScreenFrame({ title, children, className }: { title: string; children: ReactNode; className?: string }): ReactElement {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className={className ? `screen ${className}` : 'screen'}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>{title}</h1>
      {children}
    </section>
  );
}
