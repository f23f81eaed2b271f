import { STRICT_CSP } from '../../harness/server';
import type { Check } from '../check';
import { cspCheck } from '../common-checks';

export const cspHeaderCheck: Check = {
  name: 'csp-header',
  page: '/independent/csp.html',
  covers: `strict CSP response header (${STRICT_CSP})`,
  run: (c) => cspCheck(c, '$375 billion', '25 percent'),
};
