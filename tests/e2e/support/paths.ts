import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/firefox-mv3');
/** Origins the e2e/demo build requires, so the content script runs on the local site without a prompt. */
export const E2E_HOSTS = 'http://127.0.0.1/*,http://localhost/*';
