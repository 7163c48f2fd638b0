import { LIMIT_NAMES, LIMITS, type LimitName } from '@/lib/limits';

import type { QuotaUpdate, TenantQuota } from '../api/admin-api';

const MIB = 1024 * 1024;

/** One limit in the editor: the platform's default, or a value of the tenant's own. */
export interface LimitSetting {
  useDefault: boolean;
  /** As the number input holds it; bytes are entered in MiB. */
  value: number | string;
}

export type QuotaForm = Record<LimitName, LimitSetting>;

/** The unit a limit is entered in. */
export function inputUnitOf(name: LimitName): string {
  const unit = LIMITS[name].unit;
  return unit === 'bytes' ? 'MiB' : unit === 'requests-per-minute' ? 'requests a minute' : unit;
}

function toInput(name: LimitName, amount: number): number {
  return LIMITS[name].unit === 'bytes' ? Math.round((amount / MIB) * 100) / 100 : amount;
}

function fromInput(name: LimitName, value: number): number {
  return LIMITS[name].unit === 'bytes' ? Math.round(value * MIB) : value;
}

/**
 * The editor's start: the limits in force. The quota says only whether the tenant has limits of its
 * own, not which, so a tenant with any starts with every limit as its own value.
 */
export function formFor(quota: TenantQuota): QuotaForm {
  return Object.fromEntries(
    LIMIT_NAMES.map((name) => [name, { useDefault: !quota.custom, value: toInput(name, quota[name]) }]),
  ) as QuotaForm;
}

export function allDefaults(form: QuotaForm): QuotaForm {
  return Object.fromEntries(LIMIT_NAMES.map((name) => [name, { ...form[name], useDefault: true }])) as QuotaForm;
}

/** Why a limit of the tenant's own cannot be saved, if it cannot. */
export function problemOf(setting: LimitSetting): string | undefined {
  if (setting.useDefault) {
    return undefined;
  }
  const value = Number(setting.value);
  return setting.value === '' || !Number.isFinite(value) || value <= 0 ? 'Enter a number above 0.' : undefined;
}

export function isComplete(form: QuotaForm): boolean {
  return LIMIT_NAMES.every((name) => problemOf(form[name]) === undefined);
}

/** The request: null where the platform default applies, the tenant's own value elsewhere. */
export function toUpdate(form: QuotaForm): QuotaUpdate {
  return Object.fromEntries(
    LIMIT_NAMES.map((name) => {
      const setting = form[name];
      return [name, setting.useDefault ? null : fromInput(name, Number(setting.value))];
    }),
  ) as QuotaUpdate;
}
