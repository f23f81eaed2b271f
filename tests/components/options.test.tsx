// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Options, exportFilename, type OptionsPort } from '../../components/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import type { Correction } from '../../lib/corrections';

const root = () => document.body.querySelector('#root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
afterEach(() => render(null, root()));

const hostile = '<img src=x onerror="window.__pwned=1">';
const correction: Correction = {
  url: 'https://news.example/a',
  host: 'news.example',
  kind: 'figure',
  text: `$5 billion ${hostile}`,
  note: hostile,
  at: '2026-11-28T10:00:00.000Z',
};

function fakePort(settings: Settings, corrections: Correction[]) {
  const port: OptionsPort = {
    getSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async () => {}),
    resetSettings: vi.fn(async () => {}),
    watchSettings: () => () => {},
    getCorrections: vi.fn(async () => corrections),
    clearCorrections: vi.fn(async () => {}),
    watchCorrections: () => () => {},
    download: vi.fn(),
  };
  return port;
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the options page', () => {
  it('every control has a label, and the groups have legends', async () => {
    render(<Options port={fakePort({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, [])} />, root());
    await vi.waitFor(() => expect(root().querySelector('form')).not.toBeNull());
    const controls = [...root().querySelectorAll('input, select')] as HTMLInputElement[];
    expect(controls.length).toBe(9);
    for (const c of controls) expect(c.closest('label') ?? root().querySelector(`label[for="${c.id}"]`), c.name).not.toBeNull();
    expect([...root().querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      'What to mark',
      'Cards',
      'Highlight style',
      'Theme of cards, popup and this page',
    ]);
    expect(root().querySelector('button[aria-label="Turn Footnote back on for a.example"]')).not.toBeNull();
  });

  it('saves a change at once, as a patch', async () => {
    const port = fakePort({ ...DEFAULT_SETTINGS }, []);
    render(<Options port={port} />, root());
    await vi.waitFor(() => expect(root().querySelector('form')).not.toBeNull());
    (root().querySelector('input[name="officials"]') as HTMLInputElement).click();
    await flush();
    expect(port.updateSettings).toHaveBeenCalledWith({ officials: false });
    (root().querySelector('input[name="theme"][value="dark"]') as HTMLInputElement).click();
    await flush();
    expect(port.updateSettings).toHaveBeenLastCalledWith({ theme: 'dark' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('shows corrections as text, exports them as JSON and clears only after confirming', async () => {
    const port = fakePort({ ...DEFAULT_SETTINGS }, [correction]);
    render(<Options port={port} />, root());
    await vi.waitFor(() => expect(root().querySelector('.corrections')).not.toBeNull());
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('.corrections')!.textContent).toContain(hostile);
    (root().querySelector('#export') as HTMLButtonElement).click();
    const [name, text, type] = (port.download as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(name).toMatch(/^footnote-corrections-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toEqual([correction]);
    expect(type).toBe('application/json');
    (root().querySelector('#clear') as HTMLButtonElement).click();
    await flush();
    expect(port.clearCorrections).not.toHaveBeenCalled();
    (root().querySelector('#clear-confirm') as HTMLButtonElement).click();
    await flush();
    expect(port.clearCorrections).toHaveBeenCalledTimes(1);
  });

  it('names the export file by the day', () => {
    expect(exportFilename(new Date('2026-11-28T23:59:00Z'))).toBe('footnote-corrections-2026-11-28.json');
  });
});
