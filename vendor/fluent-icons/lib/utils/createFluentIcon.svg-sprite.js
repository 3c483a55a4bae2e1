import * as React from 'react';
import { mergeClasses } from '@griffel/react';
import { useIconState } from './useIconState.js';
import { useRootStyles } from './createFluentIcon.styles.js';
import { iconClassName } from './constants.js';
import { computeViewBox, renderSpriteBody } from '../core/svg.js';
/**
 * Creates a React component for a Fluent icon that references an SVG symbol from a sprite.
 *
 * @access private
 * @alpha
 *
 * @param iconId - The SVG symbol id in the sprite sheet.
 * @param size - The icon size (for example, `"1em"` or a numeric string).
 * @param spritePath - Optional path/URL to the SVG sprite file. If omitted, an in-document symbol reference is used.
 * @param options - Optional creation settings (for example RTL flipping and color behavior).
 * @returns A Fluent icon React component.
 */
export const createFluentIcon = (iconId, size, spritePath, options) => {
    const viewBoxWidth = computeViewBox(size);
    const Icon = React.forwardRef((props, ref) => {
        const styles = useRootStyles();
        const iconState = useIconState(props, { flipInRtl: options === null || options === void 0 ? void 0 : options.flipInRtl }); // HTML attributes/props for things like accessibility can be passed in, and will be expanded on the svg object at the start of the object
        const state = {
            ...iconState,
            className: mergeClasses(iconClassName, iconState.className, styles.root),
            ref,
            width: size,
            height: size,
            viewBox: `0 0 ${viewBoxWidth} ${viewBoxWidth}`,
            xmlns: 'http://www.w3.org/2000/svg',
        };
        return renderSpriteBody(state, iconId, spritePath);
    });
    Icon.displayName = iconId;
    return Icon;
};
