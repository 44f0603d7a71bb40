/**
 * The 级别 ladder of SPEC §3.3, lowest first: an open class at a higher 级别 satisfies a lower
 * requirement, and an open class recorded at two levels counts at the higher.
 */
import type { Level } from './model.js';

export const LEVEL_ORDER: readonly Level[] = ['school', 'district', 'city', 'province', 'national'];
