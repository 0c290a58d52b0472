import { migration001 } from './001-initial';
import { migration002 } from './002-article-fingerprint';
import { migration003 } from './003-fetch-validators';
import { migration004 } from './004-search-index';
import { migration006 } from './006-topics-alerts-follows';
import { migration007 } from './007-search-postings';
import { migration008 } from './008-article-marks';
import { migration009 } from './009-inbox';
import { migration010 } from './010-alert-notices';
import { migration011 } from './011-library-counts';
import { migration012 } from './012-search-docs-no-terms-index';
import { migration013 } from './013-compact-postings';
import { migration014 } from './014-search-doc-lengths';
import type { Migration } from './types';

export type { Migration } from './types';

/** All schema steps in order. Add a file NNN-name.ts with its own test, then list it here. */
export const MIGRATIONS: Migration[] = [migration001, migration002, migration003, migration004, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014];
