// Which countries a tariff line covers: "all" (but the exceptions) or a list of ISO alpha-2 codes.
// `EU` stands for the Union's member states together.

/** The EU's member states (since 2020). */
export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export interface Coverage {
  countries: 'all' | string[];
  except?: string[];
}

export function covers(c: Coverage, country: string): boolean {
  if (country === 'EU') return EU_MEMBERS.every((m) => covers(c, m));
  return c.countries === 'all' ? !(c.except ?? []).includes(country) : c.countries.includes(country);
}

/** A union of coverages, kept as "all but these" or "these": says when later lines cover an earlier one. */
export class CoverageUnion {
  private all = false;
  private readonly list = new Set<string>();
  private except = new Set<string>();

  add(c: Coverage): void {
    if (c.countries === 'all') {
      const theirs = new Set(c.except ?? []);
      this.except = this.all ? new Set([...this.except].filter((x) => theirs.has(x))) : new Set([...theirs].filter((x) => !this.list.has(x)));
      this.all = true;
      this.list.clear();
    } else if (this.all) for (const x of c.countries) this.except.delete(x);
    else for (const x of c.countries) this.list.add(x);
  }

  /** True when every country `c` covers is covered here. */
  coversAll(c: Coverage): boolean {
    if (c.countries === 'all') {
      const theirs = new Set(c.except ?? []);
      return this.all && [...this.except].every((x) => theirs.has(x));
    }
    return c.countries.every((x) => (this.all ? !this.except.has(x) : this.list.has(x)));
  }
}
