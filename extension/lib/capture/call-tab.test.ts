import { describe, expect, it } from 'vitest';
import { pickCallTab } from './call-tab.js';

const OWN = 'chrome-extension://glaigfbehkfbkinplcbellegmodgcenp/';

describe('pickCallTab', () => {
  it('takes the tab shown beside the side panel', () => {
    const tabs = [
      { id: 1, lastAccessed: 300, url: 'https://ehr.example.org/chart', title: 'Chart' },
      { id: 2, active: true, lastAccessed: 200, title: 'Video visit' },
    ];
    expect(pickCallTab(tabs, OWN)).toEqual({ id: 2, title: 'Video visit' });
  });

  it('skips Scribe’s own pages (the panel opened as a tab) for the most recently used other tab', () => {
    const tabs = [
      { id: 1, lastAccessed: 100 },
      { id: 2, lastAccessed: 300 },
      { id: 3, active: true, lastAccessed: 400, url: `${OWN}sidepanel.html`, title: 'Scribe' },
    ];
    // Chrome hides other sites' titles without a grant: no title, still the right tab.
    expect(pickCallTab(tabs, OWN)).toEqual({ id: 2, title: undefined });
  });

  it('skips the tab the panel is in when Chrome does not show Scribe its own url (Chrome 150)', () => {
    const tabs = [
      { id: 1, lastAccessed: 100 },
      { id: 2, lastAccessed: 300, url: 'http://127.0.0.1:4000/visit', title: 'Video visit' },
      { id: 3, active: true, lastAccessed: 400 },
    ];
    expect(pickCallTab(tabs, OWN, 3)).toEqual({ id: 2, title: 'Video visit' });
  });

  it('finds nothing when only Scribe is open', () => {
    expect(pickCallTab([{ id: 3, active: true, url: `${OWN}sidepanel.html` }], OWN)).toBeUndefined();
    expect(pickCallTab([], OWN)).toBeUndefined();
  });
});
