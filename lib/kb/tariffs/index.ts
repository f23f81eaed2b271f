// Footnote's knowledge of US tariff actions: which action (or stack of actions) a rate on a page
// refers to, and whether an action applied on a date.
export { findTariffAction, tariffActions, bundledTariffs } from './bundled';
export { findTariffActionIn, inForceOn, asDay, type TariffQuery, type TariffCandidate, type TariffPart, type Timing } from './lookup';
export { covers, EU_MEMBERS } from './coverage';
export { validateTariffs } from './validate';
export { TARIFF_FILE } from './files';
export type { TariffAction, TariffLine, TariffSource, TariffFile } from './schema';
export { linkTariffAction, type TariffLink, type TariffActionRef, type InForce } from './link';
