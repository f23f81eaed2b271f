// The law behind a tariff action, as a card names it: a short name and the legal reference.
import type { TariffAction, TariffLine } from './schema';

const LAWS: Record<string, { name: string; reference: string }> = {
  section_232: { name: 'Section 232', reference: 'Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862)' },
  section_301: { name: 'Section 301', reference: 'Section 301 of the Trade Act of 1974 (19 U.S.C. 2411)' },
  ieepa: { name: 'IEEPA', reference: 'International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.)' },
  section_122: { name: 'Section 122', reference: 'Section 122 of the Trade Act of 1974 (19 U.S.C. 2132)' },
};

/** The law of the action, or of the line when it has its own (the Section 122 surcharge). */
export function describeAuthority(action: TariffAction, line?: TariffLine): { name: string; reference: string } {
  const authority = line?.authority ?? action.authority;
  if (authority !== 'other' && authority !== 'court') return LAWS[authority];
  if (authority === 'court')
    return { name: action.court?.court ?? 'Court ruling', reference: action.court ? `${action.court.name}, ${action.court.docket}` : action.label };
  if (line?.measure.startsWith('s122-')) return LAWS.section_122;
  const note = action.authorityNote ?? '';
  return { name: /^Section \d+/.exec(note)?.[0] ?? note, reference: note };
}
