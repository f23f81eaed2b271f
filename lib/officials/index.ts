// Officials detection: named government officials in a page's text, linked to the knowledge
// base when they are in it. See find.ts for the passes and LABELING.md ("Officials") for the rules.
export { findOfficials, type FindOfficialsOptions } from './find';
