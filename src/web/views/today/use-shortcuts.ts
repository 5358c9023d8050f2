/** Single-key shortcuts like an email client's; typing in a field is left alone (Escape leaves the field). */
import { useEffect, useRef } from 'react';

export type Shortcuts = Partial<
  Record<'j' | 'k' | 'enter' | 'a' | 'e' | 'r' | 's' | 'c' | '?' | 'escape', () => void>
>;

const KEY_NAMES: Record<string, keyof Shortcuts> = {
  ArrowDown: 'j',
  ArrowUp: 'k',
  Enter: 'enter',
  Escape: 'escape',
};

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
};

export function useShortcuts(shortcuts: Shortcuts): void {
  // The latest handlers, without re-subscribing on every render.
  const current = useRef(shortcuts);
  current.current = shortcuts;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTyping(event.target)) {
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      // An open dialog owns the keyboard (its own Escape closes it); the page's shortcuts wait.
      if (document.querySelector('[role="dialog"]')) return;
      const key = KEY_NAMES[event.key] ?? event.key;
      const handler = current.current[key as keyof Shortcuts];
      if (!handler) return;
      // Enter on a focused button is that button's own click.
      if (key === 'enter' && event.target instanceof HTMLButtonElement && !event.target.dataset.row) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export const SHORTCUT_HELP: ReadonlyArray<[string, string]> = [
  ['j / ↓', 'next deal'],
  ['k / ↑', 'previous deal'],
  ['Enter', 'open the selected deal'],
  ['a', 'approve the open proposal'],
  ['e', 'edit the draft'],
  ['r', 'reject (with a reason)'],
  ['s', 'snooze until a date'],
  ['c', 'open or close the copilot chat'],
  ['Esc', 'leave a field, close a dialog, the copilot, then the deal'],
  ['?', 'show these keys'],
];
