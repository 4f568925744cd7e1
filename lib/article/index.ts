export { extractArticle, extractArticleInSlices, type ExtractedArticle, type ReadOptions } from './extract';
export { Aborted, type SliceOptions } from './steps';
export { TextMap, type TextPiece } from './text-map';
