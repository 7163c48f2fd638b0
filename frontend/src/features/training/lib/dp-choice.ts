import type { SeedPrivacyBudget } from '@/lib/seed-privacy-budget';

import type { PrivacyPreset, SchemaDefinition } from '../api/training-api';

/** The maximum preset trains with DP at ε = 1, or the smaller ε the run asks for (PrivacyPreset.MAXIMUM_EPSILON). */
const MAXIMUM_PRESET_EPSILON = 1;
/** The δ a run spends when neither it nor its schema names one (PrivacySettings.DEFAULT_DELTA). */
export const DEFAULT_DELTA = 1e-6;

/** The train form's differential-privacy choice, as typed. */
export interface DpChoice {
  on: boolean;
  epsilon: string;
  /** Blank: the schema's δ, else the default. */
  delta: string;
}

/** The schema's own settings, where the form starts; DP the schema declares cannot be turned off for a run. */
export function dpChoiceOf(schema: SchemaDefinition | undefined): DpChoice {
  const privacy = schema?.privacySettings;
  const on = privacy?.differentialPrivacy === true;
  return {
    on,
    epsilon: on && privacy.epsilon != null ? String(privacy.epsilon) : '1',
    delta: on && privacy.delta != null ? String(privacy.delta) : '',
  };
}

function positive(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The ε and δ the run would be charged, as the server works them out; null when it trains without DP. */
export function charge(choice: DpChoice, preset: PrivacyPreset, schema: SchemaDefinition | undefined) {
  const asked = choice.on ? positive(choice.epsilon) : undefined;
  if (asked === undefined && preset !== 'maximum') {
    return null;
  }
  const epsilon =
    preset === 'maximum' ? Math.min(asked ?? MAXIMUM_PRESET_EPSILON, MAXIMUM_PRESET_EPSILON) : (asked ?? 0);
  const delta = positive(choice.delta) ?? schema?.privacySettings?.delta ?? DEFAULT_DELTA;
  return { epsilon, delta };
}

/** The request's ε and δ: sent only with DP on, δ only when typed. */
export function requestedPrivacy(choice: DpChoice): { epsilon?: number; delta?: number } {
  const epsilon = choice.on ? positive(choice.epsilon) : undefined;
  if (epsilon === undefined) {
    return {};
  }
  const delta = positive(choice.delta);
  return delta === undefined ? { epsilon } : { epsilon, delta };
}

/** Whether the seed's budget can pay for a charge; the server decides, this only warns before asking. */
export function fitsBudget(charged: { epsilon: number; delta: number }, budget: SeedPrivacyBudget): boolean {
  return charged.epsilon <= budget.remainingEpsilon && charged.delta <= budget.remainingDelta;
}
