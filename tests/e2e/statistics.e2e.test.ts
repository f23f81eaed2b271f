/**
 * A checked statistic (issue 18, point 3), in real Chromium and Firefox: on a page dated by its
 * metadata (2025-02-08, so "last year" is 2024), hovering a figure that states a US trade
 * statistic opens a card with the official value, the verdict and the series chart (an SVG in
 * the card's shadow root, its year marked, described in words for assistive technology). On the
 * same page, Vice Premier He Lifeng's card gives his office on that date, and a tariff rate's card
 * the action it belongs to.
 */
import { describe, expect, it } from 'vitest';
import { screenshotPath, tagMark, type E2EPage } from '../../scripts/harness';
import { browsers, useBrowser } from './browsers';

/** The open card's text and its chart, or null while no card is open. */
function openCard(page: E2EPage) {
  return page.waitForFunction(() => {
    const root = document.querySelector('[data-footnote-ui="card"]')?.shadowRoot;
    const card = root?.querySelector('.fn-card');
    if (!card?.matches(':popover-open')) return null;
    const svg = card.querySelector('.fn-stat-chart svg');
    return {
      text: card.textContent ?? '',
      svg: Boolean(svg),
      hidden: svg?.getAttribute('aria-hidden') ?? null,
      bars: svg ? svg.querySelectorAll('rect').length : 0,
      marked: svg?.querySelector('.fn-year-marked')?.textContent ?? null,
      summary: card.querySelector('.fn-stat-chart [role="img"]')?.getAttribute('aria-label') ?? null,
    };
  });
}

const closed = (page: E2EPage) =>
  page.waitForFunction(() => !document.querySelector('[data-footnote-ui="card"]')?.shadowRoot?.querySelector('.fn-card:popover-open'));

describe.each(browsers)('checked statistics: $name', (spec) => {
  const e2e = useBrowser(spec);

  it('hovering a statistic shows the official value, the verdict and the series chart', async () => {
    const b = e2e.browser;
    b.clearLogs();
    const page = await b.newPage();
    await page.goto(b.server.url('/statistics.html'));
    await page.waitForFunction(() => document.querySelectorAll('footnote-mark').length >= 2, undefined, { timeout: 20_000 });
    expect(await tagMark(page, '$295.4 billion', 'china')).toBe(true);
    expect(await tagMark(page, '$349.4 billion', 'canada')).toBe(true);

    // "Last year" is read with the page's own date: 2024.
    await page.hover('[data-test="china"]');
    const china = (await openCard(page))!;
    expect(china.text).toContain('US goods trade deficit with China, 2024');
    expect(china.text).toContain('Official figure: $297.0 billion (U.S. Census Bureau)');
    expect(china.text).toContain('Close to the official figure: $297.0 billion in the current, revised series');
    expect(china.text).toContain('U.S. Trade in Goods by Country');
    expect(china.svg).toBe(true);
    expect(china.hidden).toBe('true');
    expect(china.bars).toBeGreaterThan(20);
    expect(china.marked).toBe('2024');
    expect(china.summary).toContain('2024, marked: $297.0 billion.');
    await page.screenshot(screenshotPath(`card-statistic-${spec.name}`));
    await page.press('Escape');
    await closed(page);

    await page.hover('[data-test="canada"]');
    const canada = (await openCard(page))!;
    expect(canada.text).toContain('US goods exports to Canada, 2024');
    expect(canada.text).toContain('Official figure: $350.6 billion (U.S. Census Bureau)');
    expect(canada.text).toContain('Close to the official figure');
    expect(canada.svg).toBe(true);
    expect(canada.summary).toMatch(/^US goods exports to Canada, by year/);

    await page.press('Escape');
    await closed(page);

    // An official of today's news, found by name alone ("He" is no pronoun here), with the office
    // held on the page's date.
    expect(await tagMark(page, 'He Lifeng', 'he')).toBe(true);
    await page.hover('[data-test="he"]');
    const he = (await openCard(page))!;
    expect(he.text).toContain('Vice Premier');
    expect(he.text).toContain("In office on the article's date");
    await page.press('Escape');
    await closed(page);

    // A tariff rate of a known action: its authority, dates and whether it was in force then.
    expect(await tagMark(page, '10 percent', 'rate')).toBe(true);
    await page.hover('[data-test="rate"]');
    const rate = (await openCard(page))!;
    expect(rate.text).toContain('IEEPA');
    expect(rate.text).toContain("In force on the article's date");

    expect(page.consoleErrors()).toEqual([]);
    expect(b.extensionErrors()).toEqual([]);
    await b.expectNoExtensionRequests();
    await page.close();
  });
});
