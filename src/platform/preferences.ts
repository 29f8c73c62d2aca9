import { z } from 'zod';

/**
 * What the app remembers across visits, in localStorage, parsed on the way in (a stale or hand-edited value
 * must not break the app: anything that does not parse is ignored and the defaults are used).
 */
const STORAGE_KEY = 'idphoto.preferences.v1';

export const preferencesSchema = z.object({
  recentSpecIds: z.array(z.string().max(80)).max(20).default([]),
  customSize: z.object({ widthMm: z.number().positive(), heightMm: z.number().positive() }).nullable().default(null),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export interface PreferenceStorage {
  load(): Preferences;
  save(preferences: Preferences): void;
}

export const DEFAULT_PREFERENCES: Preferences = { recentSpecIds: [], customSize: null };

export function localPreferences(storage: Storage | undefined = globalThis.localStorage): PreferenceStorage {
  return {
    load() {
      try {
        const raw = storage?.getItem(STORAGE_KEY);
        if (!raw) return DEFAULT_PREFERENCES;
        const parsed = preferencesSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
      } catch {
        return DEFAULT_PREFERENCES;
      }
    },
    save(preferences) {
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(preferences));
      } catch {
        // Storage full or disabled (private mode): the choice still applies for this visit.
      }
    },
  };
}

export function memoryPreferences(initial: Preferences = DEFAULT_PREFERENCES): PreferenceStorage {
  let current = initial;
  return {
    load: () => current,
    save: (p) => {
      current = p;
    },
  };
}
