import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, createZip } from './zip';
import { readZip } from './test-zip-reader';

// Info-ZIP's `unzip` is an outside check of the format; machines without it skip that one test
// (the in-repo reader above still checks names, data and CRC-32s).
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('zip writer', () => {
  it('CRC-32 matches the standard check values', () => {
    const enc = new TextEncoder();
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(enc.encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('stores entries with UTF-8 names, CRCs and offsets that read back', () => {
    const zip = createZip([
      { name: '2024-03-05 青山区报.md', data: '# 标题\n正文' },
      { name: 'b.bin', data: new Uint8Array([0, 255, 1, 2]) },
      { name: 'empty.txt', data: '' },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['2024-03-05 青山区报.md', 'b.bin', 'empty.txt']);
    expect(new TextDecoder().decode(entries[0]!.data)).toBe('# 标题\n正文');
    expect(Array.from(entries[1]!.data)).toEqual([0, 255, 1, 2]);
    for (const e of entries) {
      expect(e.crc).toBe(crc32(e.data));
      expect(e.flags & 0x0800).toBe(0x0800);
    }
  });

  it('never writes a name that climbs out of the folder, nor the same name twice', () => {
    const names = readZip(createZip([{ name: '../../etc/passwd', data: 'x' }, { name: '/abs\\win.md', data: 'y' }])).map((e) => e.name);
    expect(names).toEqual(['etc/passwd', 'abs/win.md']);
    expect(() => createZip([{ name: 'a.md', data: '1' }, { name: './a.md', data: '2' }])).toThrow(/duplicate/);
    expect(() => createZip([{ name: '../..', data: '1' }])).toThrow(/empty/);
  });

  it.skipIf(!hasUnzip)('is accepted by Info-ZIP unzip (test and extract)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qubao-zip-'));
    try {
      const file = path.join(dir, 'a.zip');
      writeFileSync(file, createZip([{ name: '文章一.md', data: '甲乙丙' }, { name: 'sub/二.md', data: 'x'.repeat(70_000) }]));
      execFileSync('unzip', ['-tq', file]);
      execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
      expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['sub', '文章一.md']);
      expect(readFileSync(path.join(dir, 'out', '文章一.md'), 'utf8')).toBe('甲乙丙');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
