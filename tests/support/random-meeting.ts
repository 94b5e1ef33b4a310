import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { nodeDeflater } from '../../host/deflater';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { numberRanges } from '../../shared/export/dutch-sentences';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { validateMeeting } from '../../shared/file/meeting-file';
import type {
  AgendaItem,
  Attendance,
  Confidentiality,
  ExportAudience,
  Meeting,
  Participant,
  ParticipantRole,
  PersonRef,
} from '../../shared/meeting/meeting-schema';
import type { ExportOptions } from '../../shared/privacy/export-options';

/**
 * Random meetings for the privacy properties (tests/unit and tests/stress
 * privacy-property.test.ts): participants whose role is chosen, implied by
 * their function, or not known; confidential passages (nested sometimes)
 * and whole confidential agenda items for random audiences; decisions,
 * actions, scales and ordinary text inside and outside them. The notes are
 * Lexical JSON in the shape the app's editor saves, and every meeting has
 * passed validateMeeting.
 *
 * Every piece of text carries a unique marker word, GEHEIM-0007 when it
 * stands in a restricted place and OPEN-0003 when anybody may read it, and
 * the meeting comes with a list of the markers and what restricts each one,
 * so a test can look for a leak in every part of an exported package. The
 * generator says how it meant each participant's role (`people`).
 *
 * Below the generator: the reference model of who may see what, written
 * from the rules in ../shared/MDO-DOMAIN.md and the generator's intent
 * (never from the app's own shared/privacy/audience.ts or roles.ts), and the
 * check of one exported copy against it; both tiers use them.
 *
 * Arbitraries build a spec first and the meeting from it, so fast-check's
 * shrinking works on the spec and a failure ends in a small meeting.
 */

/** How a participant's role was written down. */
export type RoleIntent =
  /** The chair chose the role; the function and organisation are anything. */
  | { how: 'gekozen'; role: ParticipantRole }
  /** No role chosen; the function names a family role ("moeder", "leerling", "oma"). */
  | { how: 'familiewoord'; role: Exclude<ParticipantRole, 'professional'> }
  /** No role chosen; a job title ("intern begeleider"), with or without an organisation. */
  | { how: 'functie'; withOrganisation: boolean }
  /** No role chosen and no function. */
  | { how: 'niets' };

export interface GeneratedPerson {
  intent: RoleIntent;
  /** Their name is the child's (written in another case or with other spaces, sometimes). */
  hasChildName: boolean;
}

/** Where a marked piece of text was written. */
export type TextPlace =
  | 'titel'
  | 'wat-betekent-dit'
  | 'grondslag'
  | 'alinea'
  | 'kop'
  | 'citaat'
  | 'lijst'
  | 'link-tekst'
  | 'link-adres'
  | 'besluit'
  | 'reden'
  | 'niet-mee-eens'
  | 'actie'
  | 'schaalvraag'
  | 'score';

export interface MarkedText {
  marker: string;
  place: TextPlace;
  /** The agenda item it is in (0-based). */
  itemIndex: number;
  /** What keeps it from some readers: the item's own restriction, then every passage around it, outer to inner. */
  restrictions: Confidentiality[];
}

/** A decision or action, in the order of the full minutes (agenda order, then document order). */
export interface MarkedBlock {
  kind: 'besluit' | 'actie';
  id: string;
  /** The marker of its text (a decision's text, an action's "wat"). */
  marker: string;
  /** For an action: still open (the next-meeting line lists the open ones). */
  open: boolean;
  itemIndex: number;
  restrictions: Confidentiality[];
}

export interface RandomMeeting {
  /** Valid: it passed validateMeeting, and this is what that returned. */
  meeting: Meeting;
  /** How each participant's role was meant, by position in meeting.participants. */
  people: GeneratedPerson[];
  texts: MarkedText[];
  blocks: MarkedBlock[];
}

// ---------------------------------------------------------------------------
// Vocabulary

/** Names of participants; no two the same when folded (unless a meeting asks for namesakes), none the child's. */
const PARTICIPANT_NAMES = [
  'Fatima El Amrani',
  'Joost Bakker',
  'Sanne Visser',
  'Ömer Yılmaz',
  'Els de Vries',
  'Karin Jansen',
  'Peter Hendriks',
  'Leïla Benali',
  'Bas de Wit',
  'Yusuf Haddad',
  'Riet Mulder',
  'Dirk Hoekstra',
] as const;

const CHILD_NAMES = ['Noor de Vries', 'Amir Benali', 'Liam Bos'] as const;

/** The child's name as somebody might type it on the participant list. */
const CHILD_NAME_VARIANTS: readonly ((name: string) => string)[] = [
  (name) => name,
  (name) => name.toLowerCase(),
  (name) => name.toUpperCase(),
  (name) => ` ${name.replace(' ', '  ')} `,
];

/** People named in "niet voor" who are on no participant list. */
const OUTSIDER_NAMES = ['Kees Smit', 'Ineke Vos', 'tante Bep', ''] as const;

/** Functions that name a family role (MDO-DOMAIN.md, "Who a reader is: roles"), in several spellings. */
const FAMILY_FUNCTIONS: Readonly<Record<Exclude<ParticipantRole, 'professional'>, readonly string[]>> = {
  ouder: ['moeder', 'Vader', 'ouder', 'pleegmoeder', 'pleegvader', 'pleegouder', 'stiefmoeder', 'stiefvader', 'verzorger', 'moeder van het kind', 'MOEDER'],
  kind: ['kind', 'jongere', 'leerling', 'leerling groep 7', 'zoon', 'dochter', 'pupil'],
  netwerk: ['oma', 'opa', 'tante', 'oom', 'buurvrouw', 'buurman', 'vriendin van de familie', 'peetoom', 'peettante', 'Oma (moederskant)'],
};

/** Job titles: no family word in them, also where a family word is part of a longer word. */
const JOB_FUNCTIONS = [
  'intern begeleider',
  'jeugdconsulent',
  'huisarts',
  'leerplichtambtenaar',
  'gezinsvoogd',
  'jeugdverpleegkundige',
  'gezinscoach',
  'mentor',
  'leerkracht groep 4',
  'aandachtsfunctionaris',
  'kinderarts',
  'jongerenwerker',
  'ouderbegeleider',
] as const;

const ORGANISATIONS = ['OBS De Regenboog', 'Wijkteam Oost', 'GGD Hollands Midden', 'Veilig Thuis', "Huisartsenpraktijk 't Hof", 'Jeugdbescherming West'] as const;
const NO_ORGANISATION = ['', '  '] as const;
const ANY_FUNCTION = [...Object.values(FAMILY_FUNCTIONS).flat(), ...JOB_FUNCTIONS, ''];
const ANY_ORGANISATION = [...ORGANISATIONS, ...NO_ORGANISATION];
const ATTENDANCE: readonly Attendance[] = ['aanwezig', 'afgemeld', 'afwezig'];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!;
}

// ---------------------------------------------------------------------------
// Specs: what fast-check generates and shrinks

type IntentSpec =
  | { how: 'gekozen'; role: ParticipantRole }
  | { how: 'familiewoord'; role: Exclude<ParticipantRole, 'professional'> }
  | { how: 'functie'; withOrganisation: boolean }
  | { how: 'niets' };

interface PersonSpec {
  intent: IntentSpec;
  functionIndex: number;
  organisationIndex: number;
  attendance: number;
}

/** Who a "niet voor" names: a participant (linked as the app links them, or with a stale link), an outsider, or the child by name. */
type NotForSpec =
  | { who: 'deelnemer'; index: number; link: 'id' | 'naam' | 'oude-naam' | 'oud-id' }
  | { who: 'buitenstaander'; index: number }
  | { who: 'kind-bij-naam' };

type RestrictionSpec = { scope: 'professionals' } | { scope: 'niet-voor'; notFor: NotForSpec[] };

type InlineSpec = 'tekst' | 'vet' | 'link' | 'regelafbreking';

type BlockSpec =
  | { kind: 'alinea'; inline: InlineSpec[] }
  | { kind: 'kop'; level: number }
  | { kind: 'citaat' }
  | { kind: 'lijst'; listType: 'bullet' | 'number' | 'check'; entries: number; nested: boolean }
  | { kind: 'besluit'; reason: boolean; dissent: number[] }
  | { kind: 'actie'; owners: (number | 'buiten')[]; due: boolean; status: 'open' | 'gedaan' | 'vervallen' }
  | { kind: 'schaal'; scores: number[] }
  | { kind: 'passage'; restriction: RestrictionSpec; children: BlockSpec[] };

interface ItemSpec {
  restriction: RestrictionSpec | null;
  childInterest: boolean;
  basis: boolean;
  lead: number | null;
  blocks: BlockSpec[];
}

interface MeetingSpec {
  childName: number;
  people: PersonSpec[];
  /** Two participants (by position) with the same name: the second gets the first one's name. */
  namesakes: { first: number; second: number } | null;
  /** The participant (by position) who has the child's name, and how it is spelled. */
  childSeat: { index: number; variant: number } | null;
  items: ItemSpec[];
}

const intentArb: fc.Arbitrary<IntentSpec> = fc.oneof(
  fc.record({ how: fc.constant('gekozen' as const), role: fc.constantFrom<ParticipantRole>('professional', 'ouder', 'kind', 'netwerk') }),
  fc.record({ how: fc.constant('familiewoord' as const), role: fc.constantFrom('ouder' as const, 'kind' as const, 'netwerk' as const) }),
  fc.record({ how: fc.constant('functie' as const), withOrganisation: fc.boolean() }),
  fc.record({ how: fc.constant('niets' as const) }),
);

const personArb: fc.Arbitrary<PersonSpec> = fc.record({
  intent: intentArb,
  functionIndex: fc.nat(40),
  organisationIndex: fc.nat(10),
  attendance: fc.nat(2),
});

const notForArb: fc.Arbitrary<NotForSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      who: fc.constant('deelnemer' as const),
      index: fc.nat(10),
      link: fc.constantFrom('id' as const, 'id' as const, 'id' as const, 'naam' as const, 'oude-naam' as const, 'oud-id' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ who: fc.constant('buitenstaander' as const), index: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant({ who: 'kind-bij-naam' as const }) },
);

const restrictionArb: fc.Arbitrary<RestrictionSpec> = fc.oneof(
  fc.constant({ scope: 'professionals' as const }),
  { weight: 2, arbitrary: fc.record({ scope: fc.constant('niet-voor' as const), notFor: fc.array(notForArb, { maxLength: 3 }) }) },
);

const leafArb: fc.Arbitrary<BlockSpec> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('alinea' as const),
      inline: fc.array(fc.constantFrom<InlineSpec>('tekst', 'vet', 'link', 'regelafbreking'), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kop' as const), level: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'citaat' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lijst' as const),
      listType: fc.constantFrom('bullet' as const, 'number' as const, 'check' as const),
      entries: fc.integer({ min: 1, max: 3 }),
      nested: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('besluit' as const), reason: fc.boolean(), dissent: fc.array(fc.nat(10), { maxLength: 2 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('actie' as const),
      owners: fc.array(fc.oneof({ weight: 4, arbitrary: fc.nat(10) }, { weight: 1, arbitrary: fc.constant('buiten' as const) }), { maxLength: 2 }),
      due: fc.boolean(),
      status: fc.constantFrom('open' as const, 'open' as const, 'gedaan' as const, 'vervallen' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('schaal' as const), scores: fc.array(fc.nat(10), { maxLength: 2 }) }) },
);

/** Blocks with passages nested at most `depth` deep. */
function blocksArb(depth: number, minLength: number): fc.Arbitrary<BlockSpec[]> {
  const block: fc.Arbitrary<BlockSpec> =
    depth === 0
      ? leafArb
      : fc.oneof(
          { weight: 3, arbitrary: leafArb },
          {
            weight: 2,
            arbitrary: fc.record({ kind: fc.constant('passage' as const), restriction: restrictionArb, children: blocksArb(depth - 1, 1) }),
          },
        );
  return fc.array(block, { minLength, maxLength: 4 });
}

/** Passages in passages in passages: deeper than the editor makes them in practice. */
const MAX_PASSAGE_DEPTH = 3;

const itemArb: fc.Arbitrary<ItemSpec> = fc.record({
  restriction: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: restrictionArb }),
  childInterest: fc.boolean(),
  basis: fc.boolean(),
  lead: fc.option(fc.nat(10)),
  blocks: blocksArb(MAX_PASSAGE_DEPTH, 0),
});

export interface RandomMeetingOptions {
  /** At most this many participants (each one is an audience of its own, so this sets the cost of a case). */
  maxParticipants: number;
  /** At most this many agenda items. */
  maxItems: number;
}

function meetingSpecArb({ maxParticipants, maxItems }: RandomMeetingOptions): fc.Arbitrary<MeetingSpec> {
  return fc.record({
    childName: fc.nat(CHILD_NAMES.length - 1),
    people: fc.array(personArb, { maxLength: Math.min(maxParticipants, PARTICIPANT_NAMES.length) }),
    namesakes: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ first: fc.nat(10), second: fc.nat(10) }) }),
    childSeat: fc.option(fc.record({ index: fc.nat(10), variant: fc.nat(CHILD_NAME_VARIANTS.length - 1) }), { freq: 3 }),
    items: fc.array(itemArb, { minLength: 1, maxLength: maxItems }),
  });
}

// ---------------------------------------------------------------------------
// From a spec to a meeting, with its markers

const TEXT_BASE = { detail: 0, format: 0, mode: 'normal', style: '', type: 'text', version: 1 } as const;
const ELEMENT_BASE = { direction: null, format: '', indent: 0, version: 1 } as const;

type JsonNode = Record<string, unknown>;

function textNode(text: string, format = 0): JsonNode {
  return { ...TEXT_BASE, text, format };
}

/** Text next to text in the same format is one text node in Lexical: it merges them when it loads the notes. */
function mergedText(nodes: JsonNode[]): JsonNode[] {
  const merged: JsonNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (last?.type === 'text' && node.type === 'text' && last.format === node.format) {
      merged[merged.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

class Builder {
  private counter = 0;
  readonly texts: MarkedText[] = [];
  readonly blocks: MarkedBlock[] = [];
  private ids = 0;

  constructor(
    private readonly participants: readonly Participant[],
    private readonly childName: string,
  ) {}

  /** A new marker for text in this place, recorded with what restricts it. */
  mark(place: TextPlace, itemIndex: number, restrictions: Confidentiality[]): string {
    this.counter += 1;
    const marker = `${restrictions.length > 0 ? 'GEHEIM' : 'OPEN'}-${String(this.counter).padStart(4, '0')}`;
    this.texts.push({ marker, place, itemIndex, restrictions });
    return marker;
  }

  id(prefix: string): string {
    this.ids += 1;
    return `${prefix}-${this.ids}`;
  }

  person(index: number): PersonRef | null {
    if (this.participants.length === 0) return null;
    const participant = pick(this.participants, index);
    return { participantId: participant.id, name: participant.name };
  }

  notFor(spec: NotForSpec): PersonRef {
    if (spec.who === 'kind-bij-naam') return { participantId: null, name: this.childName };
    if (spec.who === 'buitenstaander' || this.participants.length === 0) {
      return { participantId: null, name: pick(OUTSIDER_NAMES, spec.who === 'buitenstaander' ? spec.index : 0) };
    }
    const participant = pick(this.participants, spec.index);
    switch (spec.link) {
      case 'id':
        return { participantId: participant.id, name: participant.name };
      case 'naam':
        // Typed, not picked: no link, the name in another case.
        return { participantId: null, name: participant.name.toLocaleUpperCase('nl') };
      case 'oude-naam':
        // Linked, but the participant was renamed afterwards (only the first name was known then).
        return { participantId: participant.id, name: participant.name.split(' ')[0]! };
      case 'oud-id':
        // The link points at a participant who is no longer on the list; the name still matches.
        return { participantId: `verwijderd-${participant.id}`, name: participant.name };
    }
  }

  restriction(spec: RestrictionSpec): Confidentiality {
    return spec.scope === 'professionals' ? { scope: 'professionals', notFor: [] } : { scope: 'niet-voor', notFor: spec.notFor.map((n) => this.notFor(n)) };
  }

  inline(spec: InlineSpec, place: TextPlace, itemIndex: number, restrictions: Confidentiality[]): JsonNode[] {
    switch (spec) {
      case 'tekst':
        return [textNode(`${this.mark(place, itemIndex, restrictions)} vertelt hoe de ochtenden gaan.`)];
      case 'vet':
        return [textNode(`${this.mark(place, itemIndex, restrictions)} zorgen over de nachten`, 1 | 2)];
      case 'regelafbreking':
        return [{ type: 'linebreak', version: 1 }];
      case 'link': {
        const address = this.mark('link-adres', itemIndex, restrictions);
        const label = this.mark('link-tekst', itemIndex, restrictions);
        return [{ ...ELEMENT_BASE, type: 'link', rel: null, target: null, title: null, url: `https://voorbeeld.nl/dossier/${address}`, children: [textNode(`verslag ${label}`)] }];
      }
    }
  }

  /** Blocks one after the other; a list right after a list of the same kind would be one list in Lexical, so it gets another kind. */
  sequence(specs: readonly BlockSpec[], itemIndex: number, restrictions: Confidentiality[]): JsonNode[] {
    let previous: BlockSpec | undefined;
    return specs.map((spec) => {
      const own =
        spec.kind === 'lijst' && previous?.kind === 'lijst' && previous.listType === spec.listType
          ? { ...spec, listType: spec.listType === 'bullet' ? ('number' as const) : ('bullet' as const) }
          : spec;
      previous = own;
      return this.block(own, itemIndex, restrictions);
    });
  }

  block(spec: BlockSpec, itemIndex: number, restrictions: Confidentiality[]): JsonNode {
    switch (spec.kind) {
      case 'alinea': {
        const children = spec.inline.flatMap((inline) => this.inline(inline, 'alinea', itemIndex, restrictions));
        // A paragraph of only line breaks has no text to find; give it some.
        if (!children.some((child) => child.type !== 'linebreak')) children.push(...this.inline('tekst', 'alinea', itemIndex, restrictions));
        const content = mergedText(children);
        // Lexical keeps the format of the paragraph's first text of its own as the paragraph's.
        const first = content.find((child) => child.type === 'text');
        return { ...ELEMENT_BASE, type: 'paragraph', textFormat: first?.format ?? 0, textStyle: '', children: content };
      }
      case 'kop':
        return { ...ELEMENT_BASE, type: 'heading', tag: `h${spec.level}`, children: [textNode(`Kop ${this.mark('kop', itemIndex, restrictions)}`)] };
      case 'citaat':
        return { ...ELEMENT_BASE, type: 'quote', children: [textNode(`"${this.mark('citaat', itemIndex, restrictions)} wil bij papa wonen"`)] };
      case 'lijst':
        return this.list(spec.listType, spec.entries, spec.nested, 0, itemIndex, restrictions);
      case 'besluit': {
        const id = this.id('besluit');
        const marker = this.mark('besluit', itemIndex, restrictions);
        this.blocks.push({ kind: 'besluit', id, marker, open: false, itemIndex, restrictions });
        const reason = spec.reason ? `omdat ${this.mark('reden', itemIndex, restrictions)}` : '';
        const dissent = spec.dissent.flatMap((index) => {
          const who = this.person(index);
          return who ? [{ who, why: `want ${this.mark('niet-mee-eens', itemIndex, restrictions)}` }] : [];
        });
        return { type: 'mdo-decision', version: 1, id, text: `${marker} wordt besloten.`, reason, dissent };
      }
      case 'actie': {
        const id = this.id('actie');
        const marker = this.mark('actie', itemIndex, restrictions);
        this.blocks.push({ kind: 'actie', id, marker, open: spec.status === 'open', itemIndex, restrictions });
        const who = spec.owners.flatMap((owner) => {
          if (owner === 'buiten') return [{ participantId: null, name: 'oma Riet' }];
          const person = this.person(owner);
          return person ? [person] : [];
        });
        return { type: 'mdo-action', version: 1, id, what: `${marker} regelen`, who, due: spec.due ? '2026-12-18' : null, status: spec.status };
      }
      case 'schaal': {
        const scores = spec.scores.flatMap((index, position) => {
          const who = this.person(index);
          return who ? [{ who, score: position % 11, reason: `omdat ${this.mark('score', itemIndex, restrictions)}` }] : [];
        });
        return { type: 'mdo-safety-scale', version: 1, id: this.id('schaal'), question: `Hoe veilig is het thuis (${this.mark('schaalvraag', itemIndex, restrictions)})?`, scores };
      }
      case 'passage': {
        const restriction = this.restriction(spec.restriction);
        const inner = [...restrictions, restriction];
        return {
          ...ELEMENT_BASE,
          type: 'mdo-confidential',
          id: this.id('passage'),
          ...restriction,
          children: this.sequence(spec.children, itemIndex, inner),
        };
      }
    }
  }

  list(listType: 'bullet' | 'number' | 'check', entries: number, nested: boolean, depth: number, itemIndex: number, restrictions: Confidentiality[]): JsonNode {
    const children: JsonNode[] = [];
    for (let entry = 0; entry < entries; entry++) {
      children.push({
        ...ELEMENT_BASE,
        type: 'listitem',
        indent: depth,
        value: entry + 1,
        ...(listType === 'check' ? { checked: entry % 2 === 0 } : {}),
        children: [textNode(`${this.mark('lijst', itemIndex, restrictions)} punt`)],
      });
    }
    if (nested && depth === 0) {
      children.push({
        ...ELEMENT_BASE,
        type: 'listitem',
        indent: 0,
        value: entries + 1,
        ...(listType === 'check' ? { checked: false } : {}),
        children: [this.list(listType === 'number' ? 'bullet' : listType, 1, false, depth + 1, itemIndex, restrictions)],
      });
    }
    return {
      ...ELEMENT_BASE,
      type: 'list',
      listType,
      start: 1,
      tag: listType === 'number' ? 'ol' : 'ul',
      children,
    };
  }
}

const BASIS_FOR_MEETING = { kind: 'toestemming', consentBy: 'ouders', consentDate: '2026-12-01', reason: '' } as const;

function participantOf(spec: PersonSpec, index: number): Participant {
  const { intent } = spec;
  let role: ParticipantRole | null = null;
  let fn: string;
  let organisation: string;
  switch (intent.how) {
    case 'gekozen':
      role = intent.role;
      fn = pick(ANY_FUNCTION, spec.functionIndex);
      organisation = pick(ANY_ORGANISATION, spec.organisationIndex);
      break;
    case 'familiewoord':
      fn = pick(FAMILY_FUNCTIONS[intent.role], spec.functionIndex);
      organisation = pick(ANY_ORGANISATION, spec.organisationIndex);
      break;
    case 'functie':
      fn = pick(JOB_FUNCTIONS, spec.functionIndex);
      organisation = intent.withOrganisation ? pick(ORGANISATIONS, spec.organisationIndex) : pick(NO_ORGANISATION, spec.organisationIndex);
      break;
    case 'niets':
      fn = pick(['', '  '], spec.functionIndex);
      organisation = pick(ANY_ORGANISATION, spec.organisationIndex);
      break;
  }
  return {
    id: `p${index + 1}`,
    name: PARTICIPANT_NAMES[index]!,
    function: fn,
    organisation,
    email: '',
    attendance: pick(ATTENDANCE, spec.attendance),
    role,
  };
}

function buildMeeting(spec: MeetingSpec): RandomMeeting {
  const childName = pick(CHILD_NAMES, spec.childName);
  const participants = spec.people.map(participantOf);
  if (spec.namesakes && participants.length >= 2) {
    const first = spec.namesakes.first % participants.length;
    const second = (first + 1 + (spec.namesakes.second % (participants.length - 1))) % participants.length;
    participants[second] = { ...participants[second]!, name: participants[first]!.name };
  }
  const childIndex = spec.childSeat && participants.length > 0 ? spec.childSeat.index % participants.length : null;
  if (childIndex !== null && spec.childSeat) {
    participants[childIndex] = { ...participants[childIndex]!, name: pick(CHILD_NAME_VARIANTS, spec.childSeat.variant)(childName) };
  }
  const people = spec.people.map((person, index): GeneratedPerson => ({ intent: person.intent, hasChildName: index === childIndex }));

  const builder = new Builder(participants, childName);
  const agendaItems = spec.items.map((item, itemIndex): AgendaItem => {
    const own = item.restriction ? [builder.restriction(item.restriction)] : [];
    const title = `Onderwerp ${builder.mark('titel', itemIndex, own)}`;
    const childInterest = item.childInterest ? `Wat betekent ${builder.mark('wat-betekent-dit', itemIndex, own)} voor het kind?` : '';
    const sharingBasis = item.basis
      ? { kind: 'meldcode' as const, consentBy: null, consentDate: null, reason: `Gedeeld vanwege ${builder.mark('grondslag', itemIndex, own)}` }
      : null;
    const children = builder.sequence(item.blocks, itemIndex, own);
    const lead = item.lead === null ? null : builder.person(item.lead);
    return {
      id: `punt-${itemIndex + 1}`,
      title,
      minutes: 10,
      leadId: lead?.participantId ?? null,
      kind: 'bespreking',
      childInterest,
      notes: children.length > 0 ? { root: { ...ELEMENT_BASE, type: 'root', children } } : null,
      sharingBasis,
      confidential: own[0] ?? null,
    };
  });

  const role = (index: number): PersonRef => builder.person(index) ?? { participantId: null, name: 'Fatima El Amrani' };
  const candidate: Meeting = {
    id: 'overleg-eigenschap',
    title: `MDO ${childName}`,
    date: '2026-12-10',
    startTime: '14:00',
    endTime: '15:30',
    location: 'OBS De Regenboog, kamer 2',
    child: { name: childName, birthDate: '2015-03-14' },
    reason: 'Zorgen over de ochtenden.',
    goal: 'Eén gezamenlijk beeld en één plan.',
    chair: role(0),
    noteTaker: role(1),
    coordinator: role(2),
    participants,
    notInvitedReasons: { parents: '', child: '' },
    agendaItems,
    nextMeeting: { date: '2027-01-28', time: '14:00' },
    sharingBasis: BASIS_FOR_MEETING,
    exportLog: [],
    status: 'concept',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:30:00.000Z',
  };
  const validated = validateMeeting(candidate);
  if (!validated.ok) {
    throw new Error(`The generator made an invalid meeting: ${[validated.error.message, ...(validated.error.details ?? [])].join(' ')}`);
  }
  return { meeting: validated.value, people, texts: builder.texts, blocks: builder.blocks };
}

/** Shown by fast-check for a counterexample: the meeting as a .mdo file would hold it, and how the roles were meant. */
function withReport(random: RandomMeeting): RandomMeeting {
  return Object.assign(random, {
    [fc.toStringMethod]: () => `${JSON.stringify(random.meeting)}\n(rollen bedoeld als: ${JSON.stringify(random.people)})`,
  });
}

/** Valid random meetings with their markers; shrinks to small meetings. */
export function randomMeeting(options: RandomMeetingOptions): fc.Arbitrary<RandomMeeting> {
  return meetingSpecArb(options).map((spec) => withReport(buildMeeting(spec)));
}

// ---------------------------------------------------------------------------
// The reference model: who may see what (../shared/MDO-DOMAIN.md, "Who a
// reader is: roles"), written from the rules and the generator's intent, not
// from the app's own audience code.

/** A reader of one copy: the full minutes, the professionals, the parents, or one participant (by position). */
export type Reader = { kind: 'volledig' } | { kind: 'professionals' } | { kind: 'ouders' } | { kind: 'deelnemer'; index: number };

export type ExpectedRole = ParticipantRole | 'onbekend';

/**
 * The role the rules give a generated participant: the one with the child's
 * name is the child; a chosen role stands; a family word in the function
 * gives that role; a job title with an organisation is a professional;
 * anything less is not known.
 */
export function expectedRole(person: GeneratedPerson): ExpectedRole {
  if (person.hasChildName) return 'kind';
  switch (person.intent.how) {
    case 'gekozen':
    case 'familiewoord':
      return person.intent.role;
    case 'functie':
      return person.intent.withOrganisation ? 'professional' : 'onbekend';
    case 'niets':
      return 'onbekend';
  }
}

/** A name as the same person's: case, accents and spaces aside (the dotless i of "Yılmaz" is an i). */
function sameNameKey(name: string): string {
  return name.toLowerCase().replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ');
}

/**
 * Where the rules read two ways; the properties hold the app to what both
 * readings agree on, and tests/unit/privacy-property.test.ts pins where the
 * app takes the wider one as a known leak.
 *
 * - A "niet voor" that names somebody on no participant list ("S. Visser",
 *   typed in MDO-Markdown): that person could be anybody, so
 *   shared/privacy/audience.ts says only the full minutes show the passage,
 *   and the professionals' and parents' copies leave it out. 'streng' holds
 *   to that in a certain professional's own copy too (the unknown person
 *   could be them); 'ruim' takes them for somebody else, since that copy
 *   leaves out what is "niet voor them" (MDO-DOMAIN.md).
 * - A name typed without a link that two participants share: 'streng' takes
 *   it for either of them (the Markdown import links it to neither: it does
 *   not know which one is meant); 'ruim' takes it for the first of them.
 */
export type Reading = 'streng' | 'ruim';

/** Who a reference names (by position): the participant it links to, else everybody with that name; nobody for a name not on the list. */
function candidatesFor(ref: PersonRef, meeting: Meeting): number[] {
  const byId = ref.participantId === null ? -1 : meeting.participants.findIndex((p) => p.id === ref.participantId);
  if (byId >= 0) return [byId];
  const key = sameNameKey(ref.name);
  if (key === '') return [];
  return meeting.participants.flatMap((p, index) => (sameNameKey(p.name) === key ? [index] : []));
}

/** Who a reference may be, in a reading. */
function mayBe(ref: PersonRef, random: RandomMeeting, reading: Reading): number[] {
  const candidates = candidatesFor(ref, random.meeting);
  return reading === 'ruim' ? candidates.slice(0, 1) : candidates;
}

/** Whether every person a "niet voor" names is on the list and certainly has a role from `roles` (somebody unknown could be anybody). */
function everyExcludedIs(restriction: Confidentiality, roles: readonly ExpectedRole[], random: RandomMeeting, reading: Reading): boolean {
  return restriction.notFor.every((ref) => {
    const people = mayBe(ref, random, reading);
    return people.length > 0 && people.every((index) => roles.includes(expectedRole(random.people[index]!)));
  });
}

/** Whether a copy for `reader` may show what one restriction protects. */
export function maySee(restriction: Confidentiality, reader: Reader, random: RandomMeeting, reading: Reading = 'streng'): boolean {
  switch (reader.kind) {
    case 'volledig':
      return true;
    case 'professionals':
      // Professionals-only is theirs; "niet voor" only when nobody excluded could be a professional.
      return restriction.scope === 'professionals' || everyExcludedIs(restriction, ['ouder', 'kind', 'netwerk'], random, reading);
    case 'ouders':
      // Never professionals-only; "niet voor" only when nobody excluded could be a parent.
      return restriction.scope === 'niet-voor' && everyExcludedIs(restriction, ['professional', 'kind', 'netwerk'], random, reading);
    case 'deelnemer': {
      const notForThem = restriction.notFor.some((ref) => mayBe(ref, random, reading).includes(reader.index));
      if (expectedRole(random.people[reader.index]!) === 'professional') {
        if (restriction.scope === 'professionals') return true;
        const everyoneKnown = restriction.notFor.every((ref) => mayBe(ref, random, reading).length > 0);
        return !notForThem && (reading === 'ruim' || everyoneKnown);
      }
      // The child, a parent, the network and anyone whose role is not known: the parents' copy, minus what is not for them.
      return maySee(restriction, { kind: 'ouders' }, random, reading) && !notForThem;
    }
  }
}

export function maySeeAll(restrictions: readonly Confidentiality[], reader: Reader, random: RandomMeeting, reading: Reading = 'streng'): boolean {
  return restrictions.every((restriction) => maySee(restriction, reader, random, reading));
}

/** What a copy must do with something: show it, leave it out, or either (the two readings differ). */
export type Visibility = 'zichtbaar' | 'verborgen' | 'onbeslist';

export function visibility(restrictions: readonly Confidentiality[], reader: Reader, random: RandomMeeting): Visibility {
  if (!maySeeAll(restrictions, reader, random, 'ruim')) return 'verborgen';
  return maySeeAll(restrictions, reader, random, 'streng') ? 'zichtbaar' : 'onbeslist';
}

/** Every reader of a meeting: the three fixed copies and one per participant. */
export function readersOf(meeting: Meeting): Reader[] {
  return [
    { kind: 'volledig' },
    { kind: 'professionals' },
    { kind: 'ouders' },
    ...meeting.participants.map((_, index) => ({ kind: 'deelnemer' as const, index })),
  ];
}

/** The number every decision and action has in the full minutes: B1, B2 … and A1, A2 … in agenda and document order. */
export function fullNumbers(random: RandomMeeting): Map<string, string> {
  const numbers = new Map<string, string>();
  let decisions = 0;
  let actions = 0;
  for (const block of random.blocks) {
    numbers.set(block.id, block.kind === 'besluit' ? `B${++decisions}` : `A${++actions}`);
  }
  return numbers;
}

/** A reader as a failure report names them. */
export function describeReader(reader: Reader, random: RandomMeeting): string {
  if (reader.kind !== 'deelnemer') return `de kopie ${reader.kind}`;
  const participant = random.meeting.participants[reader.index]!;
  const person = random.people[reader.index]!;
  const meant = person.hasChildName ? 'naam van het kind' : JSON.stringify(person.intent);
  return `de kopie voor deelnemer ${participant.id} "${participant.name}" (${participant.function || 'geen functie'}, ${participant.organisation.trim() || 'geen organisatie'}, rol ${participant.role ?? 'null'}; bedoeld: ${meant} → ${expectedRole(person)})`;
}

/** A restriction as a failure report names it. */
export function describeRestrictions(restrictions: readonly Confidentiality[]): string {
  if (restrictions.length === 0) return 'openbaar';
  return restrictions
    .map((r) => (r.scope === 'professionals' ? 'alleen professionals' : `niet voor ${JSON.stringify(r.notFor)}`))
    .join(' › ');
}

// ---------------------------------------------------------------------------
// One exported copy, checked against the reference model

const EXPORTED_AT = new Date('2026-12-11T09:00:00Z');
const MARKER = /(?:GEHEIM|OPEN)-\d{4}/g;

/** The app's audience for a reader: a participant by their link and name, as the export dialog and the CLI make it. */
export function audienceOf(reader: Reader, meeting: Meeting): ExportAudience {
  if (reader.kind !== 'deelnemer') return { kind: reader.kind, person: null };
  const participant = meeting.participants[reader.index]!;
  return { kind: 'deelnemer', person: { participantId: participant.id, name: participant.name } };
}

export type CopyDocument = 'verslag' | 'agenda';

/** The minutes or the agenda for one reader, packed as the app packs them (Node's DEFLATE, as the host); no names replaced. */
export async function exportCopy(meeting: Meeting, reader: Reader, document: CopyDocument): Promise<Uint8Array> {
  const options: ExportOptions = { audience: audienceOf(reader, meeting), pseudonym: { child: false, childAlias: '', parents: false } };
  const built =
    document === 'verslag'
      ? buildMinutesDocument(meeting, { exportedAt: EXPORTED_AT, options })
      : buildAgendaDocument(meeting, { exportedAt: EXPORTED_AT, options });
  return packDocx(built, nodeDeflater);
}

interface Paragraph {
  style: string;
  text: string;
}

/** An unpacked copy: every part as text, and the body's paragraphs (outside tables) and tables (rows of cell texts). */
export interface UnpackedCopy {
  parts: [string, string][];
  paragraphs: Paragraph[];
  tables: string[][][];
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);|&#(x?)([0-9a-f]+);/gi, (whole, name: string | undefined, hex: string, code: string) =>
    name ? (XML_ENTITIES[name] ?? whole) : String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
  );
}

/**
 * The paragraphs and tables of word/document.xml, read the way Word shows
 * them (text of w:t, a space for a line break or tab in a run). A small
 * tokenizer instead of tests/support/docx-reader.ts: that one parses every
 * part with a DOM and would be most of the cost of a case.
 */
function readBody(xml: string): Pick<UnpackedCopy, 'paragraphs' | 'tables'> {
  const paragraphs: Paragraph[] = [];
  const tables: string[][][] = [];
  const open: { rows: string[][]; row: string[] | null; cell: string[] | null }[] = [];
  let paragraph: Paragraph | null = null;
  let inText = false;
  let inRun = false;
  const endParagraph = () => {
    if (paragraph === null) return;
    const table = open.at(-1);
    if (table?.cell) table.cell.push(paragraph.text);
    else if (table === undefined) paragraphs.push(paragraph);
    paragraph = null;
  };
  for (const token of xml.matchAll(/<(\/?)w:([A-Za-z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, attributes = '', selfClosing, text] = token;
    if (text !== undefined) {
      if (inText && paragraph) paragraph.text += unescapeXml(text);
      continue;
    }
    const opening = closing !== '/';
    const ends = closing === '/' || selfClosing === '/';
    switch (name) {
      case 'p':
        if (opening) paragraph = { style: '', text: '' };
        if (ends) endParagraph();
        break;
      case 'pStyle':
        if (paragraph) paragraph.style = /w:val="([^"]*)"/.exec(attributes)?.[1] ?? '';
        break;
      case 'r':
        inRun = opening && !ends;
        break;
      case 't':
        inText = opening && !ends;
        break;
      case 'br':
      case 'tab':
        if (inRun && paragraph) paragraph.text += ' ';
        break;
      case 'tbl':
        if (opening) open.push({ rows: [], row: null, cell: null });
        if (ends) tables.push(open.pop()?.rows ?? []);
        break;
      case 'tr': {
        const table = open.at(-1);
        if (table && opening) table.row = [];
        if (table?.row && ends) {
          table.rows.push(table.row);
          table.row = null;
        }
        break;
      }
      case 'tc': {
        const table = open.at(-1);
        if (table && opening) table.cell = [];
        if (table?.cell && ends) {
          table.row?.push(table.cell.join('\n'));
          table.cell = null;
        }
        break;
      }
    }
  }
  return { paragraphs, tables };
}

export function unpack(bytes: Uint8Array): UnpackedCopy {
  const parts = Object.entries(unzipSync(bytes)).map(([name, data]): [string, string] => [name, strFromU8(data)]);
  const body = parts.find(([name]) => name === 'word/document.xml')?.[1];
  if (body === undefined) throw new Error('word/document.xml ontbreekt in het pakket');
  return { parts, ...readBody(body) };
}

function markersIn(text: string): string[] {
  return text.match(MARKER) ?? [];
}

/** What the agenda shows of an item: its title and its question; the notes are only in the minutes. */
const AGENDA_PLACES: ReadonlySet<TextPlace> = new Set(['titel', 'wat-betekent-dit']);

/**
 * What is wrong with one copy, one Dutch line per problem (empty when
 * nothing is): text the reader may not see in any part of the package
 * (LEK), text they may see missing from the document (ONTBREEKT), and
 * decisions, actions or agenda items under another number than in the full
 * minutes (NUMMER).
 */
export function copyProblems(random: RandomMeeting, reader: Reader, document: CopyDocument, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const who = describeReader(reader, random);
  const copy = unpack(bytes);
  const theDocument = document === 'verslag' ? 'het verslag' : 'de agenda';
  const where = (text: MarkedText) => `${text.place} in agendapunt ${text.itemIndex + 1}, ${describeRestrictions(text.restrictions)}`;

  for (const text of random.texts) {
    const shown = visibility(text.restrictions, reader, random);
    if (shown === 'verborgen') {
      for (const [part, content] of copy.parts) {
        if (content.includes(text.marker)) problems.push(`LEK: ${text.marker} (${where(text)}) staat in ${part} van ${theDocument} voor ${who}`);
      }
      continue;
    }
    if (shown === 'onbeslist' || (document === 'agenda' && !AGENDA_PLACES.has(text.place))) continue;
    const part = text.place === 'link-adres' ? 'word/_rels/document.xml.rels' : 'word/document.xml';
    const content = copy.parts.find(([name]) => name === part)?.[1] ?? '';
    if (!content.includes(text.marker)) problems.push(`ONTBREEKT: ${text.marker} (${where(text)}) staat niet in ${part} van ${theDocument} voor ${who}`);
  }

  problems.push(...itemNumberProblems(random, document, copy, who));
  if (document === 'verslag') problems.push(...blockNumberProblems(random, reader, copy, who));
  return problems;
}

/** Agenda items keep their number: in the minutes' headings, in the agenda's table. */
function itemNumberProblems(random: RandomMeeting, document: CopyDocument, copy: UnpackedCopy, who: string): string[] {
  const problems: string[] = [];
  const titles = new Map(random.texts.filter((text) => text.place === 'titel').map((text) => [text.marker, text.itemIndex]));
  const texts = document === 'verslag' ? copy.paragraphs.map((p) => p.text) : copy.tables.flatMap((table) => table.flat());
  for (const text of texts) {
    const match = /^(\d+)\. Onderwerp ((?:GEHEIM|OPEN)-\d{4})/.exec(text);
    const itemIndex = match ? titles.get(match[2]!) : undefined;
    if (match && itemIndex !== undefined && Number(match[1]) !== itemIndex + 1) {
      problems.push(`NUMMER: agendapunt ${itemIndex + 1} staat als ${match[1]} in ${document === 'verslag' ? 'het verslag' : 'de agenda'}: "${text}" (${who})`);
    }
  }
  return problems;
}

/** Decisions and actions keep the number of the full minutes, in the notes, the lists and the next-meeting line. */
function blockNumberProblems(random: RandomMeeting, reader: Reader, copy: UnpackedCopy, who: string): string[] {
  const problems: string[] = [];
  const numbers = fullNumbers(random);
  const byMarker = new Map(random.blocks.map((block) => [block.marker, block]));
  const blockIn = (text: string) => markersIn(text).map((marker) => byMarker.get(marker)).find((found) => found !== undefined);
  const paragraphs = copy.paragraphs.map((paragraph) => paragraph.text);

  // Every numbered decision or action line shows the number its block has in the full minutes.
  for (const paragraph of copy.paragraphs) {
    const shown = /^([AB]\d+) /.exec(paragraph.text)?.[1];
    if (shown === undefined || (paragraph.style !== 'Besluit' && paragraph.style !== 'Actie')) continue;
    const block = blockIn(paragraph.text);
    if (block === undefined) problems.push(`NUMMER: "${paragraph.text}" draagt ${shown} maar is geen besluit of actie uit het overleg (${who})`);
    else if (numbers.get(block.id) !== shown) {
      problems.push(`NUMMER: ${block.marker} is ${numbers.get(block.id)} in het volledige verslag maar ${shown} in "${paragraph.text}" (${who})`);
    }
  }
  const actionTable = copy.tables.find((table) => table[0]?.join('|') === 'Nr|Wat|Wie|Uiterlijk|Status');
  for (const row of actionTable?.slice(1) ?? []) {
    const block = blockIn(row[1] ?? '');
    if (block === undefined || numbers.get(block.id) !== row[0]) {
      problems.push(`NUMMER: de actielijst toont ${row[0]} voor "${row[1]}", in het volledige verslag ${block ? numbers.get(block.id) : 'geen actie'} (${who})`);
    }
  }

  // Every block the reader may see is there under its number: in the notes, and in the list of decisions or the action table.
  const shown = new Map(random.blocks.map((block) => [block.id, visibility(block.restrictions, reader, random)]));
  for (const block of random.blocks.filter((candidate) => shown.get(candidate.id) === 'zichtbaar')) {
    const number = numbers.get(block.id)!;
    const lines =
      block.kind === 'besluit'
        ? [[`${number} Besluit: ${block.marker}`, 'de aantekeningen'], [`${number} ${block.marker}`, 'de besluitenlijst']]
        : [[`${number} Actie: ${block.marker}`, 'de aantekeningen']];
    for (const [line, place] of lines) {
      if (!paragraphs.some((text) => text.startsWith(line!))) problems.push(`NUMMER: "${line}" ontbreekt in ${place} (${who})`);
    }
    if (block.kind === 'actie' && !actionTable?.some((row) => row[0] === number && (row[1] ?? '').includes(block.marker))) {
      problems.push(`NUMMER: ${number} (${block.marker}) ontbreekt in de actielijst (${who})`);
    }
  }
  // The next-meeting line names the open actions the reader may see, in the order of the full minutes.
  const open = random.blocks.filter((block) => block.kind === 'actie' && block.open);
  const evaluation = paragraphs.find((text) => text.startsWith('Dan evalueren we')) ?? '';
  // The numbers the line names, with a range (A7–A9) read as every number in it.
  const listed = (/^Dan evalueren we de afspraken uit dit verslag: (.*?), en wat/.exec(evaluation)?.[1]?.split(', ') ?? []).flatMap((part) => {
    const range = /^([A-Z]+)(\d+)–\1(\d+)$/.exec(part);
    if (!range) return [part];
    const [, prefix = '', from = '0', to = '0'] = range;
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, index) => `${prefix}${Number(from) + index}`);
  });
  const expected = open.filter((block) => shown.get(block.id) !== 'verborgen' && (shown.get(block.id) === 'zichtbaar' || listed.includes(numbers.get(block.id)!)));
  const line = expected.length > 0 ? `Dan evalueren we de afspraken uit dit verslag: ${numberRanges(expected.map((block) => numbers.get(block.id) ?? ''))}, en wat` : 'Dan evalueren we hoe het met';
  if (!evaluation.startsWith(line)) problems.push(`NUMMER: verwacht "${line}…", staat "${evaluation || '(geen regel)'}" (${who})`);
  return problems;
}

// ---------------------------------------------------------------------------
// Running the properties

/**
 * fast-check's settings for a tier: `numRuns` cases, or more with
 * MDO_PROPERTY_RUNS; MDO_PROPERTY_SEED (and MDO_PROPERTY_PATH) replay the
 * seed (and the shrunk case) a failure printed.
 */
export function propertySettings(numRuns: number): { numRuns: number; seed?: number; path?: string } {
  const { MDO_PROPERTY_RUNS: runs, MDO_PROPERTY_SEED: seed, MDO_PROPERTY_PATH: path } = process.env;
  return {
    numRuns: Math.max(numRuns, Number(runs ?? 0) || 0),
    ...(seed ? { seed: Number(seed) } : {}),
    ...(path ? { path } : {}),
  };
}

/** Throws with every problem of the copies (the first 20), so fast-check shows them next to the shrunk meeting. */
export function failOn(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20);
  throw new Error([...shown, ...(problems.length > shown.length ? [`… en nog ${problems.length - shown.length}`] : [])].join('\n'));
}
