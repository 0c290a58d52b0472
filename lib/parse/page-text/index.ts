// Page-text parsing: the whole-page parser and the segmentation the HTML parser falls back to.
export { parseTextPage } from './parse-text';
export { segmentPageText, type SegmentTextOptions, type SegmentedText } from './segment-text';
export { kindFromUrl } from './page-kind';
