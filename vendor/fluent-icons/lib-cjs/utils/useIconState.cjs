"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.useIconState = void 0;
const react_1 = require("@griffel/react");
const useIconStyles_styles_1 = require("./useIconStyles.styles.cjs");
const useBaseIconState_1 = require("../core/useBaseIconState.cjs");
const useIconState = (props, options) => {
    const styles = useIconStyles_styles_1.useStyles();
    const { state, isRtlFlip } = useBaseIconState_1.useBaseIconState(props, options);
    state.className = react_1.mergeClasses(styles.root, isRtlFlip && styles.rtl, state.className);
    return state;
};
exports.useIconState = useIconState;
