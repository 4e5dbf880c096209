import {
  type ContextCategory,
  type ContextDirection,
  type ContextRule,
  literalTokens,
} from './context-rules.js';

// A compact default distilled from medspaCy's context_rules.json and the NegEx trigger list, plus
// conversational phrasings ("i don't have", "never had"), so the drafter works where ../shared is
// absent (browser). Node callers load the full rule files with loadOfflineResources().
const GROUPS: Array<[ContextCategory | 'any', ContextDirection, string]> = [
  [
    'negated',
    'forward',
    "no|not|n't|never|without|denies|denied|deny|denying|negative for|no evidence of|no sign of|no signs of|absence of|free of|ruled out|rules out|lack of|none of|nor|neither|no longer|not having|no history of|no further|nothing like",
  ],
  [
    'negated',
    'backward',
    'ruled out|is ruled out|was negative|were negative|came back negative|unlikely|resolved|gone away|went away|free|none',
  ],
  [
    'possible',
    'forward',
    'possible|possibly|probable|probably|likely|maybe|might be|might have|may be|may have|could be|concerned about|concern for|worried about|suspicious for|suggestive of|rule out|r/o|question of|consistent with a possible',
  ],
  ['possible', 'backward', 'not ruled out|is possible|can not be ruled out|cannot be ruled out'],
  [
    'historical',
    'forward',
    'history of|past medical history|hx of|h/o|status post|used to|in the past|previously',
  ],
  [
    'family',
    'forward',
    'family history|mother|mom|father|dad|brother|sister|sibling|siblings|aunt|uncle|grandmother|grandfather|parents|cousin|daughter|son',
  ],
  [
    'hypothetical',
    'forward',
    'if|in case|should you|should she|should he|as needed|return for|come back for|call if|risks of|watch for|look out for',
  ],
  [
    'any',
    'terminate',
    'but|however|although|though|except|apart from|aside from|yet|which|who|because|since|still',
  ],
  [
    'any',
    'pseudo',
    'no change|no increase|not only|not necessarily|not certain whether|no problem|no problems|not sure|no worries|not bad|not too bad|gram negative',
  ],
];

/** The built-in ConText rule set (used when the rule files are not available). */
export const builtinContextRules: ContextRule[] = GROUPS.flatMap(([category, direction, phrases]) =>
  phrases.split('|').map((literal) => ({ literal, category, direction, tokens: literalTokens(literal) })),
);
