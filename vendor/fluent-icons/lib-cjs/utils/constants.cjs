"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATA_FUI_ICON = exports.fontIconClassName = exports.iconColorClassName = exports.iconLightClassName = exports.iconRegularClassName = exports.iconFilledClassName = exports.iconClassName = void 0;
exports.iconClassName = 'fui-Icon';
exports.iconFilledClassName = 'fui-Icon-filled';
exports.iconRegularClassName = 'fui-Icon-regular';
exports.iconLightClassName = 'fui-Icon-light';
exports.iconColorClassName = 'fui-Icon-color';
exports.fontIconClassName = 'fui-Icon-font';
/**
 * Data attribute applied to every icon (SVG and font) for CSS targeting.
 * Enables selecting any icon from the catalogue via the `[data-fui-icon]` selector.
 */
exports.DATA_FUI_ICON = 'data-fui-icon';
