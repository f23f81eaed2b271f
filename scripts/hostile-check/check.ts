// What a check of the independent hostile run is, and what it is given.
import type { FixtureServer } from '../harness/server';
import type { E2EBrowser, E2EPage } from '../harness/types';
import type { PolicingOptions } from '../harness/network';

export interface Ctx {
  b: E2EBrowser;
  server: FixtureServer;
  page: E2EPage;
  /** Records a finding; `ok` false makes the check fail. */
  expect(ok: boolean, what: string): void;
  note(what: string): void;
  net?: PolicingOptions;
  /** Page console errors that the page itself causes (matched, then not counted). */
  pageOwnErrors?: RegExp;
}
export interface Check {
  name: string;
  page: string;
  covers: string;
  informational?: boolean;
  run(c: Ctx): Promise<void>;
}
