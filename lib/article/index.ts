export { extractArticle, type ExtractedArticle } from './extract';
export { TextMap, type TextPiece } from './text-map';
