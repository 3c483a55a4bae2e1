/** A plain link in Fluent's colours (the first screen needs no more than an anchor). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { AnchorHTMLAttributes } from 'react';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    fontSize: tokens.fontSizeBase300,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

export function TextLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const styles = useStyles();
  return <a {...props} className={[styles.link, props.className].filter(Boolean).join(' ')} />;
}
