// Whether Qubao saves what it reads in private (incognito) windows. Off unless the user turns it
// on in options: Chrome's default "spanning" incognito mode runs one background for both
// profiles, so without this gate a private tab would be written into the normal library.
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';

/** Only an explicit `true` allows it (any extension page can write the table; default off). */
export async function getAllowPrivateCapture(db: QubaoDb): Promise<boolean> {
  return (await db.settings.get(SETTINGS.allowPrivateCapture))?.value === true;
}

export async function setAllowPrivateCapture(db: QubaoDb, allow: boolean): Promise<void> {
  await db.settings.put({ key: SETTINGS.allowPrivateCapture, value: allow === true });
}
