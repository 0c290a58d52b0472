/** Decodes an HTML page's bytes. Placeholder: UTF-8 only; the HTML parser work replaces it with BOM/meta/detection. */
export function decodeHtml(bytes: Uint8Array, _contentType?: string | null): string {
  return new TextDecoder('utf-8').decode(bytes);
}
