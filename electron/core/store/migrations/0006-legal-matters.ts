import type { Db } from '../connection';

/**
 * PLACEHOLDER on the `sessions` branch only. Version 6 is issue 12's (legal matters), built on main at the
 * same time; migrate() demands consecutive versions, so this branch holds an empty step 6 to stand on.
 * At the merge main's real 0006-legal-matters.ts replaces this file (take theirs); 0007 does not depend on it.
 */
export function up(_db: Db): void {}
