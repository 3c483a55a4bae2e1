export { bundleIcon } from './utils/bundleIcon.cjs';
export { wrapIcon } from './utils/wrapIcon.cjs';
export { createFluentIcon } from './utils/createFluentIcon.cjs';
export { useIconState } from './utils/useIconState.cjs';
export { iconClassName, iconFilledClassName, iconRegularClassName, iconColorClassName, iconLightClassName, } from './utils/constants.cjs';
