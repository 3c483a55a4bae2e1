export { IconDirectionContextProvider, useIconContext } from './contexts/index.cjs';
export type { IconDirectionContextValue } from './contexts/index.cjs';
