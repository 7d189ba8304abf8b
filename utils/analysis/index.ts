export { analyzeDocument, type AnalyzeOptions } from './analyze';
export { elementAtPath } from './dom-paths';
export type * from './types';
