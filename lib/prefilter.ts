// The first question on every page: could there be anything here for Footnote? Answered with
// one regular-expression pass over `textContent` (well under a millisecond on most pages), so
// that pages with no figures and no trade vocabulary cost next to nothing.

// A number next to a currency, scale or percent word; or trade vocabulary that makes the
// officials on the page worth marking.
const CANDIDATE =
  /[$€£¥]\s?\d|\d\s?(?:%|per\s?cent|pct|percentage)|\d\s?(?:bn|tn|mln|bln|billion|million|trillion|dlrs?|dollars?|yuan|yen|euros?|stg)\b|\b(?:tariffs?|trade|exports?|imports?|dut(?:y|ies)|quotas?|sanctions?)\b/i;

export function mightHaveFindings(text: string): boolean {
  return CANDIDATE.test(text);
}
