import type { AppSession } from '../app/app-session';
import { searchShortcutHint } from './search-keys';
import { START_SEARCH_ATTRIBUTE } from './SearchLauncher';
import { SearchPanel } from './SearchPanel';

/** The search on the start screen: the field, and the meetings found under it. */
export function StartSearch({ session }: { session: AppSession }) {
  return (
    <section className="panel start-search" aria-label="Zoeken in alle overleggen">
      <SearchPanel
        session={session}
        label="Zoeken in alle overleggen"
        hint={searchShortcutHint()}
        variant="start"
        fieldAttributes={{ [START_SEARCH_ATTRIBUTE]: '' }}
      />
    </section>
  );
}
