import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectCanRedo, selectCanUndo } from '../../store/adjust-history';
import type { PhotoStore } from '../../store/store-state';
import { usePhotoStore, usePhotoStoreApi } from '../shared/store-context';

/** Text fields keep the browser's own undo of typing; everywhere else Ctrl/Cmd+Z undoes an edit of the photo. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && ['text', 'search', 'number', 'email', 'url', 'tel'].includes(target.type);
}

/** Ctrl+Z / Cmd+Z undo; Shift+Ctrl+Z, Shift+Cmd+Z and Ctrl+Y redo (the conventions of Windows, macOS and Linux). */
export function useHistoryShortcuts(store: PhotoStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingInto(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      if (redo) store.getState().redo();
      else store.getState().undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

export function HistoryButtons() {
  const { t } = useTranslation('adjust');
  const store = usePhotoStoreApi();
  const canUndo = usePhotoStore(selectCanUndo);
  const canRedo = usePhotoStore(selectCanRedo);
  useHistoryShortcuts(store);
  return (
    <span className="editor__history">
      <button type="button" className="button editor__tool" disabled={!canUndo} onClick={() => store.getState().undo()} data-testid="adjust-undo" title={t('undoShortcut')}>
        <span aria-hidden="true">↶</span>
        <span className="visually-hidden">{t('undo')}</span>
      </button>
      <button type="button" className="button editor__tool" disabled={!canRedo} onClick={() => store.getState().redo()} data-testid="adjust-redo" title={t('redoShortcut')}>
        <span aria-hidden="true">↷</span>
        <span className="visually-hidden">{t('redo')}</span>
      </button>
    </span>
  );
}
