export { extractArticle, extractArticleInSlices, type ExtractedArticle } from './extract';
export { Aborted, type SliceOptions } from './steps';
export { TextMap, type TextPiece } from './text-map';
