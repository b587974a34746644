/** A participant's TopUp settings (seed 003 "Get TopUp settings"), keys in the seed's order. */
export interface TopUpSettings {
  /** In cents; 0 when `minimal_amount` is set. */
  amount: number;
  coins_threshold: string;
  currency: string;
  frequency: 'daily' | 'weekly' | 'monthly';
  minimal_amount: boolean;
  status: 'active' | 'inactive';
}

/** One step of a top-up chain. */
export interface TopUpStep {
  /** In cents. */
  amount: number;
  charge_id: string | null;
  coins?: string;
  currency: string;
  hash: string | null;
  id: string;
  reason?: string;
  status: 'success' | 'failure' | 'pending';
  sub_type: 'charge' | 'topup' | 'refund';
  ts: string;
  type: 'topup';
}

/** One record of the TopUp history (format v2): a chain of steps, newest step first. */
export interface TopUpRecord {
  /** Usually in currency units (5.1), though not always (seed: 2022 with a step of 2022 cents). */
  amount: number;
  history: TopUpStep[];
  id: string;
  status: 'success' | 'failure' | 'pending';
  ts: string;
}
