import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';

/**
 * `mdo`: the command line of MDO-assistent. Same shared code as the app, so
 * a file the CLI calls valid is a file the app opens.
 * Exit codes: 0 ok, 1 invalid input, 2 wrong use of the command.
 *
 * This file stays light: `--help` and `--version` answer from here, and each
 * command is imported only when it runs (in the built CLI each is its own
 * chunk), so zod, docx, Lexical and date-fns load only for the command that
 * needs them. tests/unit/cli.test.ts checks that in the build's metafile.
 */

const HELP = `MDO-assistent op de opdrachtregel

Gebruik:
  mdo validate BESTAND.mdo   Controleer of een overleg-bestand geldig is.
                             Drukt "geldig" af, of de fouten per veld.
  mdo import AGENDA.md -o OVERLEG.mdo [--overschrijven]
                             Lees een agenda of verslag in MDO-Markdown en
                             bewaar het als overleg-bestand. Bij fouten komt
                             per regel wat er verwacht wordt ("Regel 12: …")
                             en wordt er niets geschreven. Een bestaand
                             OVERLEG.mdo wordt alleen vervangen met
                             --overschrijven (de vorige versie blijft als .bak).
  mdo export BESTAND.mdo -o VERSLAG.docx
                             Maak het verslag als Word-document.
  mdo export BESTAND.mdo --agenda -o AGENDA.docx
                             Maak de uitnodiging met agenda als Word-document.
  mdo export BESTAND.mdo --format md -o OVERLEG.md
                             Schrijf het overleg als MDO-Markdown (platte tekst).
  mdo export BESTAND.mdo [--agenda] --pdf -o VERSLAG.pdf
                             Het verslag of de agenda als PDF: dezelfde kopie
                             als in Word (ook met --voor en --pseudoniem),
                             gemaakt met Chromium of Google Chrome op deze
                             computer (of het programma in MDO_CHROMIUM).
                             Zonder Chromium wordt niets geschreven (code 1).
                             Met --huisstijl HUISSTIJL.docx krijgt een Word-
                             document de opmaakprofielen van dat bestand
                             (zie templates/huisstijl/README.md).
                             Bij export mag BESTAND ook MDO-Markdown (.md) zijn;
                             het wordt dan eerst ingelezen, met dezelfde fouten.
  Een kopie per ontvanger (Word of PDF):
    --voor ouders            Laat weg wat alleen voor professionals is.
    --voor professionals     Laat weg wat niet voor alle professionals is.
    --voor "NAAM"            Voor één deelnemer (naam zoals in het overleg,
                             hoofdletters en accenten maken niet uit); laat weg
                             wat niet voor die deelnemer is.
    --voor volledig          Alles (de standaard); vertrouwelijke delen worden
                             gemarkeerd.
                             De nummers van agendapunten, besluiten en acties
                             blijven die van het volledige verslag. De eerste
                             pagina en de voettekst zeggen voor wie de kopie is.
                             Het bestand krijgt precies de naam na -o; geef een
                             kopie zelf een naam die zegt voor wie ze is,
                             bijvoorbeeld -o verslag-ouders.docx.
    --pseudoniem [ALIAS]     Vervang de naam van het kind overal (ook in kop- en
                             voettekst en eigenschappen) door ALIAS, bijvoorbeeld
                             --pseudoniem "kind A", of zonder ALIAS door initialen.
    --pseudoniem-ouders      Vervang ook de namen van de ouders (door "moeder" of
                             "vader" als dat hun functie is, anders initialen).
                             Daarna wordt de hele kopie (tekst, kop- en
                             voettekst, eigenschappen, links) nog eens
                             doorzocht; staat er nog iets dat op een vervangen
                             naam lijkt, dan wordt niets geschreven (code 1).
    --toch                   Schrijf de kopie toch (de gevonden woorden worden
                             gemeld).
    --voorbeeld              Schrijf niets, maar laat zien wat deze kopie
                             weglaat (agendapunten, passages, besluiten en
                             acties, met hun nummers) en waar u op moet letten
                             (deelnemers zonder zekere rol). -o mag dan weg.
  Wie geen zekere rol heeft (geen gekozen rol, geen functie mét organisatie),
  krijgt nooit wat alleen voor professionals is; de export zegt het dan.
  Exportlogboek: is BESTAND een .mdo, dan wordt elke export (wanneer, welk
  document, voor wie, bestandsnaam) vastgelegd in dat bestand. Bij een .md-
  bestand wordt niets vastgelegd.
  mdo ics BESTAND.mdo -o OVERLEG.ics [--dit-overleg] [--overschrijven]
                             Maak de agenda-uitnodiging (iCalendar) voor het
                             volgende overleg (Volgend overleg bij Gegevens),
                             of met --dit-overleg voor dit overleg. Tijden in
                             Nederlandse tijd (Europe/Amsterdam), dezelfde
                             plaats en duur als dit overleg; over het kind
                             alleen de initialen. Een bestaand OVERLEG.ics
                             wordt alleen vervangen met --overschrijven.
  mdo vervolg BESTAND.mdo -o VOLGEND.mdo [--sjabloon ID] [--overschrijven]
                             Plan het vervolgoverleg: hetzelfde kind, dezelfde
                             deelnemers en rollen, de datum en tijd van Volgend
                             overleg, de agenda van het Evaluatie-MDO (of
                             --sjabloon), en als eerste punt Terugblik op de
                             afspraken met elke actie die nog niet gedaan is
                             (met haar nummer en datum van toen). Beide
                             overleggen horen bij hetzelfde dossier.
  mdo acties [--map MAP] [--open]
                             Per dossier (de overleggen over één kind) elke
                             actie met haar laatste status en verloop: welk
                             overleg haar afsprak, welk haar status gaf. Open
                             en te late acties eerst. --open: alleen wat nog
                             open staat.
  mdo zoek WOORDEN [--map MAP]
                             Zoek in de overleggen van de bibliotheek (standaard
                             de map MDO in Documenten): titel, kind, deelnemers,
                             aantekeningen, besluiten en acties. Elk woord moet
                             voorkomen, als (begin van een) woord; hoofdletters
                             en accenten maken niet uit (Chloe vindt Chloë).
                             Per overleg de agendapunten met de regels die
                             passen. De zoekindex staat in de cachemap van de
                             gebruiker, niet in de gedeelde map.
  mdo --help                 Deze uitleg.
  mdo --version              Het versienummer.

Afsluitcodes: 0 = gelukt, 1 = ongeldige invoer (of schrijven mislukt),
2 = verkeerd gebruik (ook: uitvoerbestand bestaat al zonder --overschrijven).`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command')).validateCommand,
  import: async () => (await import('./import-command')).importCommand,
  export: async () => (await import('./export-command')).exportCommand,
  ics: async () => (await import('./ics-command')).icsCommand,
  zoek: async () => (await import('./search-command')).searchCommand,
  vervolg: async () => (await import('./follow-up-command')).followUpCommand,
  acties: async () => (await import('./actions-command')).actionsCommand,
};

export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.err : io.out)(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.out(version);
    return EXIT_OK;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!load) {
    io.err(`Onbekende opdracht "${command}". Typ "mdo --help" voor de mogelijkheden.`);
    return EXIT_USAGE;
  }
  return (await load())(rest, io);
}
