/**
 * Administrative levels, highest first. Apart from the zod schema (notice.ts), so browser code can order and name
 * levels without loading zod (whose eval probe a strict Content-Security-Policy reports).
 */
export const LEVELS = ['national', 'province', 'city', 'county', 'district', 'township'] as const;
export type Level = (typeof LEVELS)[number];
