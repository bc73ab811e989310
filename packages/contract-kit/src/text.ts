// The one rule every text field of every input follows. PostgreSQL cannot store a NUL character in text
// (SQLSTATE 22021) nor a lone UTF-16 surrogate in JSON (22P05), and silently turns one into U+FFFD in plain text;
// such input is refused where it arrives, with a code and the field's path, instead of failing in the database.
import { z } from 'zod';
import { commonErrors } from './common-errors.ts';

// A high surrogate not followed by a low one, or a low one not preceded by a high one. (A pattern rather than
// `String#isWellFormed`, which browsers have had only since 2023; pages run these schemas too.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when PostgreSQL can store the string as it is: no NUL, and every surrogate in a pair. */
export const isStorableText = (value: string): boolean =>
  !value.includes('\u0000') && !LONE_SURROGATE.test(value);

/**
 * A string field: `text().trim().min(1).max(100)`. Refuses NUL and lone surrogates with
 * `common.invalidCharacters` before any other check of the field runs.
 */
export const text = () =>
  z.string().refine(isStorableText, { error: commonErrors.invalidCharacters.code, abort: true });

/**
 * A string that is compared or searched (names, staff IDs, usernames, codes, search terms): as `text()`, and
 * NFC-normalised, so `é` typed as one character or as `e` + accent is the same name.
 */
export const comparedText = () => text().normalize('NFC');
