import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH points elsewhere when it lives elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium, or a failure that says what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** The editors of GraphiQL's active tab. */
export type Editor = 'query' | 'variables' | 'headers';

/** Shows the Variables or Headers editor below the operation, as a person clicks it open. */
async function showTool(page: Page, editor: 'variables' | 'headers'): Promise<void> {
  await page.locator(`.graphiql-editor-tools button[data-name="${editor}"]`).click();
}

/**
 * Replaces an editor's text the way a person pastes it: click, select all, insert. Note:
 * inserted text, not typed keys, so that CodeMirror's bracket closing adds nothing.
 */
export async function fill(page: Page, editor: Editor, text: string): Promise<void> {
  if (editor !== 'query') await showTool(page, editor);
  const box = page.locator(editor === 'query' ? '.graphiql-query-editor .CodeMirror' : `.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror`).first();
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  const now = await box.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
  if (now !== text) throw new Error(`the ${editor} editor holds ${JSON.stringify(now)} instead`);
}

/** The text of the result pane, as CodeMirror holds it. */
export function resultText(page: Page): Promise<string> {
  return page
    .locator('.graphiql-response .CodeMirror')
    .first()
    .evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
}

/** Runs the active tab with the Run button; `operation` picks one of several from its menu. */
export async function run(page: Page, operation?: string): Promise<void> {
  await page.locator('.graphiql-execute-button').click();
  if (operation) await page.getByRole('menuitem', { name: operation, exact: true }).click();
}

/** Waits until the result pane's text passes `accept`, and returns it. */
export async function waitForResult(page: Page, accept: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = await resultText(page);
    if (accept(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`the result pane never showed what was expected; it shows: ${text}`);
}

/** Opens a tab by its title (its first operation's name, which follows edits) or its place. */
export async function openTab(page: Page, tab: string | number): Promise<void> {
  const buttons = page.locator('.graphiql-tab-button');
  await (typeof tab === 'number' ? buttons.nth(tab) : buttons.filter({ hasText: tab })).click();
}
