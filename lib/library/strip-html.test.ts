import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToRawText } from './strip-html';

describe('htmlToRawText', () => {
  it('keeps block text as lines and drops scripts, styles and comments', () => {
    const html = `<html><head><title>某报</title><style>p{}</style></head><body>
      <div>第一段&nbsp;文字</div><script>var a = "<p>不要</p>";</script>
      <!--enpproperty <title>注释</title>/enpproperty--><p>第二段<br>第三行</p></body></html>`;
    expect(htmlToRawText(html)).toBe('第一段 文字\n第二段\n第三行');
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#x4E2D;&#25991;&amp;&lt;&ldquo;')).toBe('中文&<“');
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });

  it('caps the length', () => {
    expect(htmlToRawText(`<p>${'字'.repeat(50)}</p>`, 10)).toHaveLength(10);
  });

  it('survives unclosed tags and stray brackets', () => {
    expect(htmlToRawText('<p>a < b<div class="x">c')).toBe('a < b\nc');
  });
});
