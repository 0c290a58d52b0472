// Library I/O that is not state: export files and clipboard, and the filter options.
import { exportArticles, gbt7714List, joinParts, type ExportArticle, type ExportFormat } from '@/lib/export';
import { readMarks, tagsInUse } from '@/lib/store/article-marks';
import type { QubaoDb } from '@/lib/store/db';
import { libraryPapers } from '@/lib/store/library-entries-pager';
import { listTopics } from '@/lib/store/topics';
import type { ArticleRecord } from '@/lib/store/types';
import type { FilterOptions } from '@/components/library/library-filters';

/** Selected entries (entry id → part ids) as export articles, continued ones joined, with their tags. */
export async function exportArticlesOf(db: QubaoDb, selection: ReadonlyMap<string, string[]>): Promise<ExportArticle[]> {
  const ids = [...selection.values()].flat();
  const rows = new Map<string, ArticleRecord>();
  for (let i = 0; i < ids.length; i += 500) for (const a of await db.articles.bulkGet(ids.slice(i, i + 500))) if (a) rows.set(a.id, a);
  const marks = await readMarks(db, [...selection.keys()]);
  const out: ExportArticle[] = [];
  for (const [id, partIds] of selection) {
    const parts = partIds.map((p) => rows.get(p)).filter((a): a is ArticleRecord => !!a);
    if (parts.length) out.push({ ...joinParts(parts), tags: marks.get(id)?.tags ?? [] });
  }
  return out;
}

/** Saves an export file through a temporary link (works in the popup and in a tab). */
export function download(format: ExportFormat, articles: ExportArticle[]): void {
  const file = exportArticles(format, articles);
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyCitations(articles: ExportArticle[]): Promise<void> {
  await navigator.clipboard.writeText(gbt7714List(articles));
}

/** Papers, topics and tags from their indexes; places from the analysis of the first listed articles. */
export async function filterOptions(db: QubaoDb, listedIds: string[]): Promise<FilterOptions> {
  const [papers, topics, tags, docs] = await Promise.all([libraryPapers(db), listTopics(db), tagsInUse(db), db.searchDocs.bulkGet(listedIds.slice(0, 200))]);
  const places = new Map<string, number>();
  for (const d of docs) for (const p of d?.entities?.places ?? []) places.set(p.name, (places.get(p.name) ?? 0) + p.count);
  return {
    papers,
    topics: topics.map((tp) => ({ id: tp.id, name: tp.name })),
    tags,
    places: [...places].sort((a, b) => b[1] - a[1]).slice(0, 50).map(([name]) => name),
  };
}
