// The bundled knowledge base without run-time validation, for the extension: the build has
// already validated these files (wxt.config.ts runs validateKb before every build), so the
// content script need not carry the schema library onto every page.
import people from './data/people.json';
import facts from './data/facts.json';
import references from './data/references.json';
import type { KnowledgeBase } from './schema';

export const bundledKb = { people, facts, references } as KnowledgeBase;
