// People and names that are not officials, whatever stands near them.
import { describe, expect, it } from 'vitest';
import { emptyKb, found, page } from './helpers';

const only = (text: string) => found(text, emptyKb);

describe('not officials', () => {
  it.each([
    ['Fox Business anchor Jane Ferris asked about the deficit.'],
    ['Dale Reese, chief economist at Harbor Bank, expects slower growth.'],
    ['Goldman Sachs analyst Priya Nand cut her forecast.'],
    ['Ford chairman Bill Harlan criticised the duties.'],
    ['AFL-CIO President Sam Ortiz said workers lose.'],
    ['Tina Gould, president of the National Retail Federation, opposed the tariffs.'],
    ['Professor Alan Fisk of Columbia University disagreed.'],
    ['Ken Ames, a senior fellow at the Peterson Institute, wrote the study.'],
    ['Ruth Vega, a lawyer for the importers, filed suit.'],
    ['French director Luc Armand showed his film.'],
  ])('%s', (sentence) => {
    expect(only(page('Business news', sentence))).toEqual([]);
  });

  it('does not take places, organisations or laws for names', () => {
    const text = page(
      'Markets',
      'Shares rose in New York and Hong Kong after the Smoot-Hawley Tariff Act was cited by the International Trade Commission.',
      'The Commerce Department and the European Union responded.',
    );
    expect(only(text)).toEqual([]);
  });

  it('does not read bylines or credits as officials', () => {
    expect(only(page('Steel', 'Imports fell.', 'Reporting by Anna Kell; Editing by Tom Reed'))).toEqual([]);
  });

  it('does not take a headline verb for part of a name', () => {
    const text = page('Sen. Ann Cole Slams Tariff Plan As Costly', 'The plan was criticised.');
    expect(only(text)).toEqual([]);
  });

  it('does not take a place for a head of government', () => {
    expect(only(page('Aid', 'The Sudan government and the Ontario government asked for help.'))).toEqual([]);
  });

  it('needs a government word for weak titles', () => {
    expect(only(page('Industry', 'Chairman of Delta Motors Inc, Hal Brody, spoke.', 'Company spokesman Al Fenn declined.'))).toEqual([]);
  });
});
