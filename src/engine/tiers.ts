/**
 * Ranking and tiering inside one 教研组 (SPEC §5): competition ranks over all teachers, then the
 * qualified teachers fill the quota slots in rank order; disqualified teachers are 不合格 and take
 * no slot. Ties share the higher tier (同档) or are broken by items and 工号/姓名 (严格).
 */
import type { Tier } from './model.js';
import type { TiePolicy } from './rules.js';
import type { Quota } from './quota.js';

/** One teacher as tiering sees them; scores are integer hundredths (exact comparisons). */
export interface TierMember {
  /** Roster position: the final tie-break, so the order is total. */
  index: number;
  id: string | null;
  name: string;
  total: number;
  attendance: number;
  external: number;
  bonus: number;
  disqualified: boolean;
}

export interface Placement {
  index: number;
  /** Competition rank by total (1, 2, 2, 4) over all teachers of the group. */
  rank: number;
  tier: Tier;
}

export interface GroupTiers {
  /** Members in output order: by rank, ties in walk order. */
  placements: Placement[];
  counts: Record<Tier, number>;
  /** Teachers who took a higher tier than their slot by sharing a tie (同档). */
  overflow: { 优秀: number; 良好: number };
}

const NAME_ORDER = new Intl.Collator('zh-CN');
/** 工号 compare digit runs as numbers (T9 before T10), as an office reading the list would expect. */
const ID_ORDER = new Intl.Collator('zh-CN', { numeric: true });

const TIER_RANK: Readonly<Record<Tier, number>> = { 优秀: 0, 良好: 1, 合格: 2, 不合格: 3 };

/** Walk order under 同档: total desc, then roster order. */
function shareOrder(a: TierMember, b: TierMember): number {
  return b.total - a.total || a.index - b.index;
}

/** Walk order under 严格: total, attendance, external, bonus desc; 工号 asc (none last); 姓名; roster. */
function strictOrder(a: TierMember, b: TierMember): number {
  return (
    b.total - a.total ||
    b.attendance - a.attendance ||
    b.external - a.external ||
    b.bonus - a.bonus ||
    compareIds(a.id, b.id) ||
    NAME_ORDER.compare(a.name, b.name) ||
    a.index - b.index
  );
}

function compareIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return ID_ORDER.compare(a, b);
}

/**
 * Rank and tier one group against its quota.
 * @example tierGroup(members, quotaFor(members.length, 0.3, 0.4, 'round'), 'share').counts // { 优秀: 3, … }
 */
export function tierGroup(members: readonly TierMember[], quota: Quota, policy: TiePolicy): GroupTiers {
  const sorted = [...members].sort(policy === 'strict' ? strictOrder : shareOrder);
  const counts: Record<Tier, number> = { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 };
  const overflow = { 优秀: 0, 良好: 0 };
  const placements: Placement[] = [];
  let slot = 0;
  let previous: { total: number; tier: Tier } | null = null;
  let rank = 0;
  sorted.forEach((member, position) => {
    if (position === 0 || member.total !== sorted[position - 1]?.total) rank = position + 1;
    let tier: Tier;
    if (member.disqualified) {
      tier = '不合格'; // SPEC §5.4: takes no slot
    } else {
      const slotTier = slotTierOf(slot, quota);
      tier = slotTier;
      if (policy === 'share' && previous !== null && previous.total === member.total) {
        tier = previous.tier;
        if (TIER_RANK[tier] < TIER_RANK[slotTier] && (tier === '优秀' || tier === '良好')) overflow[tier]++;
      }
      previous = { total: member.total, tier };
      slot++;
    }
    counts[tier]++;
    placements.push({ index: member.index, rank, tier });
  });
  return { placements, counts, overflow };
}

/** The tier slot i (0-based among qualified teachers) gives. */
function slotTierOf(slot: number, quota: Quota): Tier {
  if (slot < quota.优秀) return '优秀';
  if (slot < quota.优秀 + quota.良好) return '良好';
  return '合格';
}
