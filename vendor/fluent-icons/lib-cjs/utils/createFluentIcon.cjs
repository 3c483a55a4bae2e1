"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createFluentIcon = void 0;
const tslib_1 = require("tslib");
const React = tslib_1.__importStar(require("react"));
const react_1 = require("@griffel/react");
const useIconState_1 = require("./useIconState.cjs");
const createFluentIcon_styles_1 = require("./createFluentIcon.styles.cjs");
const constants_1 = require("./constants.cjs");
const svg_1 = require("../core/svg.cjs");
/**
 * Creates a Fluent icon React component with Griffel styling.
 *
 * @param displayName - The display name for the component (used in React DevTools).
 * @param width - The intrinsic width/height of the icon (e.g. `"20"`, `"24"`, `"1em"`).
 * @param pathsOrSvg - Icon content in one of three forms:
 *   - `string[]` — Array of SVG path `d` attributes (mono-color icons).
 *   - `SvgNode[]` — Structured SVG element tree for color icons (CSP-safe).
 *   - `string` — Raw SVG innerHTML string.
 *     **Deprecated:** Use `SvgNode[]` with `options.color` instead. The `string` overload uses
 *     `dangerouslySetInnerHTML` which violates Trusted Types CSP policies.
 * @param options - Optional configuration.
 */
const createFluentIcon = (displayName, width, pathsOrSvg, options) => {
    const viewBoxWidth = svg_1.computeViewBox(width);
    // Resolve color children once per component: mono-color icons pay nothing,
    // color icons get per-instance memoized `idPrefix` scoping.
    const useColorChildren = svg_1.createColorChildrenResolver(pathsOrSvg, options);
    const Icon = React.forwardRef((props, ref) => {
        const styles = createFluentIcon_styles_1.useRootStyles();
        const iconState = useIconState_1.useIconState(props, { flipInRtl: options === null || options === void 0 ? void 0 : options.flipInRtl });
        const colorChildren = useColorChildren(props.idPrefix);
        const state = {
            ...iconState,
            className: react_1.mergeClasses(constants_1.iconClassName, iconState.className, styles.root),
            ref,
            width,
            height: width,
            viewBox: `0 0 ${viewBoxWidth} ${viewBoxWidth}`,
            xmlns: 'http://www.w3.org/2000/svg',
        };
        return svg_1.renderSvgBody(state, pathsOrSvg, colorChildren);
    });
    Icon.displayName = displayName;
    return Icon;
};
exports.createFluentIcon = createFluentIcon;
