// Newspaper text conventions shared by the HTML and the page-text parsers.
export * from './byline';
export * from './lead-byline';
export * from './continuation';
export * from './editors';
export * from './furniture';
export * from './dates';
export * from './page-label';
export * from './source-line';
export * from './cjk-spaces';
export * from './chinese-numerals';
