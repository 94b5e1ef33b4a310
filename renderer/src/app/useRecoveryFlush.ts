import { useEffect } from 'react';
import type { AppSession } from './app-session';

/**
 * The moments the app may be gone before the next autosave: the window loses
 * the focus, is hidden or minimised, or the page goes away. Each writes the
 * pending recovery copy at once.
 */
export function useRecoveryFlush(session: AppSession): void {
  useEffect(() => {
    const flush = () => void session.flushRecovery();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [session]);
}
