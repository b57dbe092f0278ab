import type { Generated } from 'kysely';

/** Keys of partner systems for the write side of the public APIs (src/platform/auth/api-keys.ts). */
export interface ApiKeysTable {
  id: Generated<number>;
  name: string;
  /** sha256 of the key; the key itself is printed once by `cchc api-key create` and never stored. */
  key_hash: string;
  /** The key's first characters, to tell keys apart in lists and logs. */
  prefix: string;
  rate_per_minute: number;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface ApiKeysTables {
  api_keys: ApiKeysTable;
}
