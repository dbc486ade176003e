/**
 * Whether a notice is still in force, and on whose word. Apart from the zod schema (notice.ts), so browser code (the
 * facet registry) can order and name statuses without loading zod.
 */

/** 有效 / 失效 / 废止 / 被替代 / 未知, in the order the facet lists them. */
export const STATUSES = ['in-force', 'expired', 'repealed', 'superseded', 'unknown'] as const;
export type StatusValue = (typeof STATUSES)[number];

/**
 * Who says so: the portal's 有效性/时效性 field; a 废止 statement in a later notice of the library; or the library's own
 * inference (a later 工作要点 of the same issuer), always shown as inferred.
 */
export const STATUS_SOURCES = ['portal', 'statement', 'inferred'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];
