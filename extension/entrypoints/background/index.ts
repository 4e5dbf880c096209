import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Routing only: the toolbar button opens the side panel.
export default defineBackground(() => {
  const sidePanel = (
    browser as unknown as {
      sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
    }
  ).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
