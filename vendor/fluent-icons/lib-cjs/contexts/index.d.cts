export * from './IconDirectionContext.cjs';
