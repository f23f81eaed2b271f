// The bundled knowledge base without run-time validation, for the extension: the build has
// already validated these files (wxt.config.ts runs validateKb before every build), so the
// content script need not carry the schema library onto every page.
import people from './data/people.json';
import officials from './data/officials.json';
import facts from './data/facts.json';
import references from './data/references.json';
import type { KnowledgeBase } from './schema';
import { mergePeople } from './merge';

export const bundledKb = { people: mergePeople<{ id: string }>(people, officials), facts, references } as KnowledgeBase;
