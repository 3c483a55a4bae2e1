"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.useBundledIconStyles = void 0;
const react_1 = require("@griffel/react");
exports.useBundledIconStyles = react_1.makeStyles({
    root: { display: 'none' },
    visible: { display: 'inline' },
});
