import Dexie, { type DexieOptions, type Table } from 'dexie';
import { DB_NAME } from './keys';
import { MIGRATIONS } from './migrations';
import type { InboxRecord } from './inbox';
import type { SearchDocLengthRecord, SearchDocNoRecord, SearchDocRecord, SearchPostingRecord, TermStatRecord } from './search-types';
import type { AlertNoticeRecord, FollowRecord, TopicAlertRecord, WatchTopicRecord } from './alert-types';
import type { ArticleMarkRecord } from './article-marks-types';
import type { LibraryCountRecord } from './library-counts';
import { libraryCountsMiddleware } from './library-counts-middleware';
import type {
  ArticleRecord,
  EditionRecord,
  FetchValidatorRecord,
  JobRecord,
  NewspaperRecord,
  PageRecord,
  SettingRecord,
  SiteModeRecord,
} from './types';

/** The library database. The only Dexie subclass; repositories take an instance as a parameter. */
export class QubaoDb extends Dexie {
  newspapers!: Table<NewspaperRecord, number>;
  editions!: Table<EditionRecord, string>;
  pages!: Table<PageRecord, string>;
  articles!: Table<ArticleRecord, string>;
  /** Topic alerts and followed papers (migration 006 replaced the version-1 topics/alerts tables). */
  watchTopics!: Table<WatchTopicRecord, number>;
  topicAlerts!: Table<TopicAlertRecord, string>;
  follows!: Table<FollowRecord, number>;
  jobs!: Table<JobRecord, number>;
  settings!: Table<SettingRecord, string>;
  siteModes!: Table<SiteModeRecord, string>;
  fetchValidators!: Table<FetchValidatorRecord, string>;
  searchDocs!: Table<SearchDocRecord, string>;
  termStats!: Table<TermStatRecord, string>;
  /** Search postings by document number (migration 007). */
  searchDocNos!: Table<SearchDocNoRecord, number>;
  searchPostings!: Table<SearchPostingRecord, [string, number]>;
  /** Document lengths once per block of document numbers (migration 014). */
  searchDocLengths!: Table<SearchDocLengthRecord, number>;
  /** Starred, tags, read time per article (migration 008, lib/store/article-marks). */
  articleMarks!: Table<ArticleMarkRecord, string>;
  /** Captures not yet stored and settled (migration 009, lib/store/inbox). */
  inbox!: Table<InboxRecord, string>;
  /** Which alerts were notified (migration 010, lib/store/topics-notices). */
  alertNotices!: Table<AlertNoticeRecord, string>;
  /** Running library counts kept with every article write (migration 011, lib/store/library-counts). */
  libraryCounts!: Table<LibraryCountRecord, LibraryCountRecord['key']>;

  constructor(name = DB_NAME, migrations = MIGRATIONS, options?: DexieOptions) {
    super(name, options);
    for (const m of migrations) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
    // Keeps libraryCounts in step with every write of articles (stands aside without that table).
    this.use(libraryCountsMiddleware);
  }
}

let shared: QubaoDb | null = null;

/** The extension's one database instance (background, popup, reader each open it once). */
export function openQubaoDb(): QubaoDb {
  shared ??= new QubaoDb();
  return shared;
}
