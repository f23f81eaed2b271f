import type { Check } from '../check';
import { cspCheck } from '../common-checks';

export const cspMetaCheck: Check = {
  name: 'csp-meta',
  page: '/independent/csp-meta.html',
  covers: 'CSP in a <meta http-equiv> (default/style/script/img none)',
  run: (c) => cspCheck(c, '$375 billion', '25 percent'),
};
