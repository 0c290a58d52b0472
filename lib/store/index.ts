export { QubaoDb, openQubaoDb } from './db';
export * from './articles';
export * from './library-entries';
export * from './save-page';
export * from './site-modes';
export * from './keys';
export type * from './types';
export * from './save-jobs';
