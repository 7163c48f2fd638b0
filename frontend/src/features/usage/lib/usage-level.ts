import type { UsageItem } from '../api/usage-api';

/** An item drawn as a bar: one whose use is counted against a total (not a per-request or per-job cap, nor a rate). */
export type MeteredItem = UsageItem & { used: number };

export function isMetered(item: UsageItem): item is MeteredItem {
  return item.used !== null && item.unit !== 'requests-per-minute';
}

/** How full a limit is, 0 to 100 (a limit of 0 is full at once). */
export function percentUsed(item: MeteredItem): number {
  if (item.value <= 0) {
    return 100;
  }
  return Math.min(100, (item.used / item.value) * 100);
}

export interface UsageLevel {
  /** Words for how close the limit is, so colour is not the only sign; none while there is room. */
  words: string | null;
  color: string;
}

const NEAR_PERCENT = 80;

export function levelOf(percent: number): UsageLevel {
  if (percent >= 100) {
    return { words: 'Limit reached', color: 'red' };
  }
  if (percent >= NEAR_PERCENT) {
    return { words: 'Near the limit', color: 'orange' };
  }
  return { words: null, color: 'indigo' };
}
