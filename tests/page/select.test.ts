import { describe, expect, it } from 'vitest';
import { markChoiceChanged, marksNothing, selectFindings } from '../../lib/page/select';
import { markAnnouncement, stepIndex, toggleAnnouncement, isCommand } from '../../lib/page/commands';
import type { Annotations, Figure } from '../../lib/types';

const fig = (text: string, trade: boolean): Figure => ({ start: 0, end: text.length, text, kind: 'money', value: 1, currency: 'USD', trade });
const a: Annotations = {
  figures: [fig('$375 billion', true), fig('$2 billion', false)],
  officials: [{ start: 0, end: 7, text: 'Mnuchin', name: 'Steven Mnuchin' }],
};
const texts = (x: Annotations) => [...x.figures.map((f) => f.text), ...x.officials.map((o) => o.text)];
const defaults = { tradeFigures: true, allFigures: false, officials: true };

describe('selectFindings', () => {
  it('by default: trade figures and officials, not other figures', () => {
    expect(texts(selectFindings(a, defaults))).toEqual(['$375 billion', 'Mnuchin']);
  });
  it('all figures includes the non-trade ones, whatever tradeFigures says', () => {
    expect(texts(selectFindings(a, { ...defaults, allFigures: true }))).toEqual(['$375 billion', '$2 billion', 'Mnuchin']);
    expect(texts(selectFindings(a, { tradeFigures: false, allFigures: true, officials: false }))).toEqual(['$375 billion', '$2 billion']);
  });
  it('officials off, trade figures off, everything off', () => {
    expect(texts(selectFindings(a, { ...defaults, officials: false }))).toEqual(['$375 billion']);
    expect(texts(selectFindings(a, { ...defaults, tradeFigures: false }))).toEqual(['Mnuchin']);
    expect(texts(selectFindings(a, { tradeFigures: false, allFigures: false, officials: false }))).toEqual([]);
  });
  it('hides what the reader corrected, by kind and text', () => {
    const corrected = (kind: string, text: string) => kind === 'figure' && text === '$375 billion';
    expect(texts(selectFindings(a, { ...defaults, allFigures: true }, corrected))).toEqual(['$2 billion', 'Mnuchin']);
    expect(texts(selectFindings(a, defaults, (k, t) => k === 'official' && t === 'Mnuchin'))).toEqual(['$375 billion']);
  });
  it('keeps what came with the annotations: the part of the knowledge base the background sent', () => {
    const kb = { people: [], facts: [], references: [] };
    expect(selectFindings({ ...a, kb }, { ...defaults, officials: false }).kb).toBe(kb);
  });
  it('does not change its input', () => {
    selectFindings(a, { tradeFigures: false, allFigures: false, officials: false });
    expect(a.figures).toHaveLength(2);
    expect(a.officials).toHaveLength(1);
  });
  it('markChoiceChanged and marksNothing', () => {
    expect(markChoiceChanged(defaults, { ...defaults })).toBe(false);
    expect(markChoiceChanged(defaults, { ...defaults, officials: false })).toBe(true);
    expect(markChoiceChanged(defaults, { ...defaults, allFigures: true })).toBe(true);
    expect(marksNothing(defaults)).toBe(false);
    expect(marksNothing({ tradeFigures: false, allFigures: false, officials: false })).toBe(true);
  });
});

describe('keyboard commands: moving between marks', () => {
  it('steps forward and back, wrapping round', () => {
    expect(stepIndex(null, 3, 1)).toBe(0);
    expect(stepIndex(null, 3, -1)).toBe(2);
    expect(stepIndex(0, 3, 1)).toBe(1);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(1, 3, -1)).toBe(0);
  });
  it('no marks: nowhere to go; a stale index starts over', () => {
    expect(stepIndex(null, 0, 1)).toBeNull();
    expect(stepIndex(4, 0, -1)).toBeNull();
    expect(stepIndex(7, 3, 1)).toBe(0);
    expect(stepIndex(7, 3, -1)).toBe(2);
  });
  it('announcements', () => {
    expect(markAnnouncement(2, 12, '$375\n billion')).toBe('Mark 3 of 12: $375 billion');
    expect(toggleAnnouncement(false, 5)).toBe('Marks hidden');
    expect(toggleAnnouncement(true, 1)).toBe('Marks shown: 1 mark');
    expect(toggleAnnouncement(true, 12)).toBe('Marks shown: 12 marks');
  });
  it('knows its commands', () => {
    expect(isCommand('next-mark')).toBe(true);
    expect(isCommand('_execute_action')).toBe(false);
    expect(isCommand(undefined)).toBe(false);
  });
});
