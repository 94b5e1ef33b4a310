import { describe, expect, it } from 'vitest';
import { mdoHere } from './support/run-mdo';

/** What `mdo --help` and the usage of `mdo export` say about the file a copy is written to. */
describe('the help of mdo export', () => {
  it('says the copy is written under exactly the name after -o, not one that says for whom', async () => {
    const help = await mdoHere('--help');
    expect(help.stdout).toContain('Het bestand krijgt precies de naam na -o');
    expect(help.stdout).not.toContain('de bestandsnaam zeggen voor wie');
    const usage = await mdoHere('export', '--onbekend');
    expect(usage.stderr).toContain('(het bestand krijgt precies de naam na -o, ook bij een kopie met --voor)');
  });
});
