import { describe, expect, it } from 'vitest';
import { topicOf } from '../../lib/figures/classify/document';

describe('topicOf', () => {
  it('counts policy words apart from trading, imports and exports', () => {
    const t = topicOf('Trading was thin. Exporters and importers waited; imports fell and exports rose.');
    expect(t.topicWords).toBe(5);
    expect(t.policyWords).toBe(0);
    expect(t.firstPolicyWord).toBeUndefined();
  });

  it('gives the first policy word as written, whatever its case', () => {
    const t = topicOf('After the IMPORTS data, TARIFFS and Duties on steel rose under NAFTA rules.');
    expect(t.topicWords).toBe(4);
    expect(t.policyWords).toBe(3);
    expect(t.firstPolicyWord).toBe('TARIFFS');
  });

  it('reads only whole words, and no trade-off as trade', () => {
    const t = topicOf('A trade-off, a tradeoff, retraded goods; but trade, the trade deficit and subsidies count.');
    expect(t.topicWords).toBe(4);
    expect(t.policyWords).toBe(4);
    expect(t.firstPolicyWord).toBe('trade');
  });

  it('counts words at the very start and end of the text', () => {
    const t = topicOf('Sanctions hit, then quotas');
    expect(t.topicWords).toBe(2);
    expect(t.policyWords).toBe(2);
    expect(t.firstPolicyWord).toBe('Sanctions');
  });
});
