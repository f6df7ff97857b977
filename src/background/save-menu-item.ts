import browser from 'webextension-polyfill';

export const SAVE_MENU_ITEM = 'save-article';

/**
 * "Save article to Clearpage" in the page's context menu. Menu items outlive the worker, so they are created once
 * per install or update; choosing one grants `activeTab` for that tab, like a click on the toolbar button.
 */
export function addSaveMenuItem(): void {
  browser.contextMenus.create({ id: SAVE_MENU_ITEM, title: 'Save article to Clearpage', contexts: ['page'] }, () => {
    // Already there (an update that kept it): nothing to do. Reading lastError keeps Chrome from logging it.
    void browser.runtime.lastError;
  });
}
