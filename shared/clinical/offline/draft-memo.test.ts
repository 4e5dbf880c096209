import { describe, expect, it } from 'vitest';
import { memoizedInDraft, withDraftMemo } from './draft-memo.js';

describe('memoizedInDraft', () => {
  it('computes each text once inside a draft and forgets it when the draft ends', () => {
    const seen: string[] = [];
    const shout = memoizedInDraft((text: string) => {
      seen.push(text);
      return text.toUpperCase();
    });
    const inDraft = withDraftMemo(() => [shout('knee pain'), shout('knee pain'), shout('fever')]);
    expect(inDraft).toEqual(['KNEE PAIN', 'KNEE PAIN', 'FEVER']);
    expect(seen).toEqual(['knee pain', 'fever']);
    // The next draft starts afresh: nothing of the last transcript is kept.
    withDraftMemo(() => shout('knee pain'));
    expect(seen).toEqual(['knee pain', 'fever', 'knee pain']);
  });

  it('computes every call outside a draft, and keeps one memory for nested drafts', () => {
    let calls = 0;
    const count = memoizedInDraft((text: string) => {
      calls++;
      return text.length;
    });
    count('a');
    count('a');
    expect(calls).toBe(2);
    withDraftMemo(() => {
      count('bb');
      withDraftMemo(() => count('bb'));
      count('bb');
    });
    expect(calls).toBe(3);
  });

  it('remembers undefined results and forgets after a draft that threw', () => {
    let calls = 0;
    const nothing = memoizedInDraft((_text: string): undefined => {
      calls++;
      return undefined;
    });
    withDraftMemo(() => {
      nothing('x');
      nothing('x');
    });
    expect(calls).toBe(1);
    expect(() =>
      withDraftMemo(() => {
        nothing('y');
        throw new Error('draft failed');
      }),
    ).toThrow('draft failed');
    nothing('y');
    expect(calls).toBe(3);
  });
});

describe('memoizedInDraft(...).known', () => {
  it('tells what the draft already computed without computing, and nothing outside a draft', () => {
    let calls = 0;
    const length = memoizedInDraft((text: string) => {
      calls++;
      return text.length;
    });
    withDraftMemo(() => {
      expect(length.known('wheeze')).toBeUndefined();
      expect(length('wheeze')).toBe(6);
      expect(length.known('wheeze')).toBe(6);
      expect(length.known('rash')).toBeUndefined();
    });
    expect(calls).toBe(1);
    expect(length.known('wheeze')).toBeUndefined();
    withDraftMemo(() => expect(length.known('wheeze')).toBeUndefined());
  });
});
