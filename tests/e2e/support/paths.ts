import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where `wxt build` writes (wxt.config.ts `outDir`): QUBAO_OUT_DIR keeps parallel runs apart. */
export const OUTPUT_DIR = path.resolve(REPO_ROOT, process.env.QUBAO_OUT_DIR ?? '.output');
export const CHROME_BUILD_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(OUTPUT_DIR, 'firefox-mv3');
/** Origins the e2e/demo build requires, so the content script runs on the local site without a prompt. */
export const E2E_HOSTS = 'http://127.0.0.1/*,http://localhost/*';
