/** What the highlight colours mean, in the same colours the rules paint (domain/specs/highlight.ts). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { message } from '../domain/messages';
import type { Thresholds } from '../domain/settings';
import { CRITICAL_COLOR, CRITICAL_FILL, highlightLegend, WEAK_COLOR, WEAK_FILL } from '../domain/specs/highlight';
import type { Lang } from '../domain/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  swatches: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  swatch: { padding: '2px 8px', borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
});

export type HighlightLegendProps = { readonly lang: Lang; readonly thresholds: Thresholds };

export function HighlightLegend({ lang, thresholds }: HighlightLegendProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-labelledby="legend-heading">
      <h3 id="legend-heading" className={styles.h3}>
        {message('ui.legend.heading', lang)}
      </h3>
      <div className={styles.swatches} aria-hidden="true">
        <span className={styles.swatch} style={{ backgroundColor: CRITICAL_FILL, color: CRITICAL_COLOR }}>
          {message('ui.weak.critical', lang)}
        </span>
        <span className={styles.swatch} style={{ backgroundColor: WEAK_FILL, color: WEAK_COLOR }}>
          {message('ui.weak.weak', lang)}
        </span>
      </div>
      <p className={styles.text}>{highlightLegend(thresholds, lang)}</p>
    </div>
  );
}
