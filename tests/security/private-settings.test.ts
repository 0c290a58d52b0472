// @vitest-environment happy-dom
// The options switch for private windows: off by default, and what it writes is what the
// background reads (lib/store/private-windows).
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivateSettings } from '@/entrypoints/options/private-settings';
import { openQubaoDb } from '@/lib/store';
import { getAllowPrivateCapture } from '@/lib/store/private-windows';

const settle = async (ready: () => boolean = () => true) => {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 20));
};

afterEach(async () => {
  await openQubaoDb().settings.clear();
});

describe('PrivateSettings', () => {
  it('starts unchecked and turning it on allows private captures', async () => {
    const el = document.createElement('div');
    render(h(PrivateSettings, {}), el);
    const box = () => el.querySelector<HTMLInputElement>('[data-testid="private-capture"]')!;
    await settle(() => !box().disabled);
    expect(box().checked).toBe(false);
    expect(box().disabled).toBe(false);
    box().checked = true;
    box().dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(await getAllowPrivateCapture(openQubaoDb())).toBe(true);
    expect(box().checked).toBe(true);
    render(null, el);
  });
});
