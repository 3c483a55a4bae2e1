/** The sign beside a weak or critical score (never colour alone): an icon, hidden from assistive technology. */
import type { ReactElement } from 'react';
import { ErrorCircle12Filled, Warning12Filled } from '@fluentui/react-icons';
import type { WeakLevel } from '../domain/summary';

export function WeakSign({ level }: { readonly level: NonNullable<WeakLevel> }): ReactElement {
  return level === 'critical' ? <ErrorCircle12Filled aria-hidden="true" /> : <Warning12Filled aria-hidden="true" />;
}
