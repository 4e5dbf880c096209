import { browser } from 'wxt/browser';

/**
 * The toolbar icon opens the side panel. Scribe handles the click itself rather than letting Chrome
 * open the panel (`openPanelOnActionClick`): only a click that reaches `action.onClicked` counts as
 * the clinician invoking Scribe on that tab, which `tabCapture` requires before telehealth mode may
 * record the tab's audio. The grant lasts until the tab navigates or closes.
 */
export function openSidePanelOnActionClick(): void {
  const { sidePanel, action } = browser;
  if (!sidePanel || !action) return; // Firefox: sidebar, no sidePanel API
  void sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  action.onClicked.addListener((tab) => {
    // No await before open(): it must run inside the click's user gesture.
    if (tab.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  });
}
