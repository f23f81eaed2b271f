import { startFootnote } from './footnote';

// Top frame only: frames are mostly ads, embeds and comment widgets, and scanning them all is
// how extensions like this one slow pages down (Hypothesis enters only frames that opt in).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main: (ctx) => startFootnote(ctx),
});
