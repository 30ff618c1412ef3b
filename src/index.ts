/** Library API: extract(text, options) → the records of one document, plus the zod schemas. */
export { extract, type ExtractOptions, type ExtractResult } from './extract.js';
export * from './schema/index.js';
