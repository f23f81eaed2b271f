// People come from two files: people.json, written by hand, and officials.json, generated from
// curated lists and public data by scripts/kb/generators/officials.ts. A hand entry wins over a
// generated one with the same id (the generator leaves such people out already; this keeps the
// rule true for a stale officials.json too). Hand entries come first, so where two people share
// a bare surname the hand-written one is the first candidate.
interface WithId {
  id: string;
}

export function mergePeople<P extends WithId>(hand: P[], generated: P[]): P[] {
  const ids = new Set(hand.map((p) => p.id));
  return [...hand, ...generated.filter((p) => !ids.has(p.id))];
}
