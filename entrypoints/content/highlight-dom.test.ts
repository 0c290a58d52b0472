// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHighlights, collectTextNodes, drawHighlights, HIGHLIGHT_NAME } from './highlight-dom';
import { startPageHighlights } from './highlight-live';

afterEach(() => {
  document.body.innerHTML = '';
  document.getElementById('qubao-highlight-style')?.remove();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function page(): void {
  const p = document.createElement('p');
  p.textContent = '张堰镇老街改造完成，社区长期受益。';
  const s = document.createElement('script');
  s.textContent = 'var 张堰镇 = 1;';
  const q = document.createElement('p');
  q.appendChild(document.createTextNode('副区长到张堰镇调研'));
  document.body.append(p, s, q);
}
const texts = () => collectTextNodes(document.body).map((n) => n.data);

describe('page highlights (fallback: <mark> elements)', () => {
  it('collects page text but not scripts', () => {
    page();
    expect(texts()).toEqual(['张堰镇老街改造完成，社区长期受益。', '副区长到张堰镇调研']);
  });

  it('wraps the given ranges in marks built as elements and unwraps them again', () => {
    page();
    const nodes = collectTextNodes(document.body);
    const before = document.body.textContent;
    const n = drawHighlights(document, nodes, [[[0, 3]], [[1, 3], [4, 7]]], { forceFallback: true });
    expect(n).toBe(3);
    expect([...document.querySelectorAll('mark[data-qubao-highlight]')].map((m) => m.textContent)).toEqual(['张堰镇', '区长', '张堰镇']);
    expect(document.body.textContent).toBe(before);
    clearHighlights(document);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.textContent).toBe(before);
    expect(texts()).toEqual(['张堰镇老街改造完成，社区长期受益。', '副区长到张堰镇调研']);
  });

  it('ignores ranges outside their text', () => {
    page();
    expect(drawHighlights(document, collectTextNodes(document.body), [[[5, 400]], [[-1, 2]]], { forceFallback: true })).toBe(0);
    expect(document.querySelector('mark')).toBeNull();
  });
});

describe('page highlights (CSS Custom Highlight API)', () => {
  it('registers ranges without touching the DOM', () => {
    page();
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...r: Range[]) {
        this.ranges = r;
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    const css = (globalThis as unknown as { CSS?: object }).CSS ?? {};
    vi.stubGlobal('CSS', { ...css, highlights: registry });
    const html = document.body.innerHTML;
    drawHighlights(document, collectTextNodes(document.body), [[[0, 3]], []]);
    expect(document.body.innerHTML).toBe(html);
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map((r) => r.toString())).toEqual(['张堰镇']);
    clearHighlights(document);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    vi.unstubAllGlobals();
  });
});

describe('startPageHighlights', () => {
  it('sends the page text, draws the ranges the background returns, and does not ask again for unchanged text', async () => {
    page();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, enabled: true, ranges: [[[0, 3]], [[4, 7]]] } as never);
    const h = startPageHighlights(document);
    await h.refresh();
    expect(send).toHaveBeenCalledWith({ type: 'page/highlight', texts: ['张堰镇老街改造完成，社区长期受益。', '副区长到张堰镇调研'] });
    // happy-dom has no CSS.highlights: the fallback marks are drawn.
    expect([...document.querySelectorAll('mark[data-qubao-highlight]')].map((m) => m.textContent)).toEqual(['张堰镇', '张堰镇']);
    await h.refresh();
    expect(send).toHaveBeenCalledTimes(1);
    await h.refresh(true);
    expect(send).toHaveBeenCalledTimes(2);
    h.stop();
  });

  it('clears what it drew when the background says highlighting is off', async () => {
    page();
    drawHighlights(document, collectTextNodes(document.body), [[[0, 3]], []], { forceFallback: true });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, enabled: false, ranges: [[], []] } as never);
    const h = startPageHighlights(document);
    await h.refresh(true);
    expect(document.querySelector('mark')).toBeNull();
    h.stop();
  });
});
