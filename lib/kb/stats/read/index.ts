// Reading the trade statistic a figure states ("the US deficit with China, $295.4 billion in
// 2024") and linking it to the official series. Pure: no DOM, no browser.
export { readStatistic, type StatReading, type ReadableFigure } from './read';
export { linkStatistic, LINK_OTHER_REPORTERS, type StatLink, type LinkedStat, type MirrorStat, type StatCheck, type LinkableFigure } from './link';
