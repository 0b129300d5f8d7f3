/**
 * A deterministic, realistic set of intakes for the inbox bench: Dutch names with accents and
 * tussenvoegsels, companies, e-mail addresses, a pipeline spread over statuses, three years of
 * dates, and real answers and result snapshots (the engine's output for random scans: a row is as
 * big as a real one, which matters for every query that has to read rows).
 */
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, ENGINE_VERSION } from '#shared/delegation/engine.ts';
import type { IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  PAIN_POINTS,
  PRIVACY_TEXT_VERSION,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
  type CreateIntakeInput,
} from '#shared/schemas/intake.ts';
import type { DelegationResultV2 } from '#shared/schemas/result.ts';
import { toSearchText } from '../../server/lib/db.ts';

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const FIRST_NAMES = [
  'Anna', 'Zoë', 'Daniëlle', 'Noël', 'Chloë', 'Hélène', 'José', 'René', 'Joëlle', 'Anaïs', 'Inês',
  'Sanne', 'Lotte', 'Emma', 'Sophie', 'Julia', 'Fleur', 'Eva', 'Lisa', 'Iris', 'Femke', 'Marloes',
  'Bram', 'Daan', 'Sem', 'Lucas', 'Thijs', 'Jesse', 'Ruben', 'Niels', 'Jeroen', 'Sven', 'Maarten',
  'Özlem', 'Çağla', 'Ayşe', 'Mehmet', 'Fatima', 'Youssef', 'Priya', 'Wei', 'Siobhán', 'Łukasz',
] as const;
const TUSSENVOEGSELS = ['', '', '', '', 'de ', 'van ', 'van der ', 'van den ', 'ter ', "van 't "] as const;
const SURNAMES = [
  'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Groot', 'Bos', 'Vos',
  'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'Graaf', 'Meer', 'Kuipers',
  'Öztürk', 'Yılmaz', 'Çelik', 'Müller', 'Lefèvre', 'Boër', 'Gerrits', 'Willems', 'Maas', 'Verhoeven',
  'Koster', 'Prins', 'Huisman', 'Postma', 'Kok', 'Jacobs', 'Vermeulen', 'Schouten', 'Wouters', 'Hoekstra',
] as const;
const COMPANY_PATTERNS = [
  (first: string, last: string) => `${last} Coaching`,
  (first: string) => `Studio ${first}`,
  (first: string, last: string) => `${last} & Partners`,
  (first: string) => `${first} Fotografie`,
  (_first: string, last: string) => `Bureau ${last}`,
  () => 'Tuinontwerp Het Groene Hart',
  () => 'Kapsalon Knip & Zo',
  () => 'Adviesbureau Één',
] as const;
const DOMAINS = ['gmail.com', 'outlook.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'icloud.com'] as const;

/** Lower-case, accents stripped, spaces and apostrophes dropped: for e-mail addresses. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

type Scan = { input: CreateIntakeInput; result: DelegationResultV2; topBucket: string | null };

function randomScan(random: ReturnType<typeof seededRandom>): Scan {
  const tasks = DEFAULT_CATALOGUE.tasks;
  const count = random.int(4, 18);
  const picked = new Set<string>();
  while (picked.size < count) picked.add(random.pick(tasks).id);
  const input: CreateIntakeInput = {
    locale: random.next() < 0.85 ? 'nl' : 'en',
    about: {
      businessKind: random.pick(BUSINESS_KINDS),
      hoursPerWeek: random.int(12, 60),
      rateKind: random.next() < 0.7 ? 'current' : 'target',
      hourlyRateCents: random.int(40, 150) * 100,
      vatStatus: random.next() < 0.8 ? 'normal' : 'kor',
      delegationExperience: random.pick(DELEGATION_EXPERIENCE),
      mainPain: random.pick(PAIN_POINTS),
    },
    tasks: {
      catalogueTasks: [...picked].map((taskId) => ({
        taskId,
        minutesPerMonth: random.int(2, 40) * 15,
        feeling: random.pick(FEELINGS),
        skill: random.pick(SKILLS),
        needsMe: random.next() < 0.2 ? 'yes' : random.next() < 0.2 ? 'partly' : 'no',
      })),
      customTasks:
        random.next() < 0.3
          ? [
              {
                label: 'Offertes uitwerken',
                categoryId: DEFAULT_CATALOGUE.categories[0]!.id,
                minutesPerMonth: random.int(2, 20) * 15,
                feeling: random.pick(FEELINGS),
                skill: random.pick(SKILLS),
                needsMe: 'no',
              },
            ]
          : [],
    },
    collaboration: {
      channels: [random.pick(CHANNELS), random.pick(CHANNELS)].filter((c, i, all) => all.indexOf(c) === i),
      updateFrequency: random.pick(UPDATE_FREQUENCIES),
      concerns: CONCERNS.filter(() => random.next() < 0.3),
      startPreference: random.pick(START_PREFERENCES),
    },
    contact: { name: 'x', email: 'x@example.nl', privacyConsent: true, followUpConsent: true },
  };
  const result = computeDelegation(input, { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS });
  const order = ['now', 'after-onboarding', 'consider', 'keep'];
  const topBucket = order.find((bucket) => result.tasks.some((task) => task.bucket === bucket)) ?? null;
  return { input, result, topBucket };
}

/** A fragment that occurs in exactly RARE_EMAIL_ROWS e-mail addresses of the data set. */
export const RARE_EMAIL_FRAGMENT = 'quirinus.x7';
export const RARE_EMAIL_ROWS = 3;
export const DATASET_END = new Date('2026-11-28T12:00:00Z');
const DATASET_DAYS = 3 * 365;

/** Status weights: most intakes are new or archived, few become clients. */
const STATUS_WEIGHTS: Record<IntakeStatus, number> = {
  new: 30,
  contacted: 20,
  'call-planned': 8,
  'proposal-sent': 6,
  client: 6,
  'not-a-fit': 10,
  archived: 20,
};

/** An Intake row and its IntakeSnapshot row (Prisma createMany data each). */
export type IntakeWithSnapshot = {
  intake: Record<string, unknown> & { id: string; createdAt: Date };
  snapshot: { intakeId: string; answers: object; result: object };
};

/** Yields intakes with their snapshots in batches. */
export function* intakeBatches(total: number, batchSize: number, seed = 42) {
  const random = seededRandom(seed);
  const scans = Array.from({ length: 256 }, () => randomScan(random));
  const statuses = Object.entries(STATUS_WEIGHTS).flatMap(([status, weight]) => Array<string>(weight).fill(status));
  const rareRows = new Set(Array.from({ length: RARE_EMAIL_ROWS }, (_, i) => Math.floor(((i + 1) * total) / (RARE_EMAIL_ROWS + 1))));
  for (let start = 0; start < total; start += batchSize) {
    const batch: IntakeWithSnapshot[] = [];
    for (let n = start; n < Math.min(total, start + batchSize); n++) {
      const scan = random.pick(scans);
      const first = random.pick(FIRST_NAMES);
      const last = `${random.pick(TUSSENVOEGSELS)}${random.pick(SURNAMES)}`;
      const name = `${first} ${last}`;
      const company = random.next() < 0.7 ? random.pick(COMPANY_PATTERNS)(first, last) : null;
      const local = rareRows.has(n) ? `${RARE_EMAIL_FRAGMENT}.${n}` : `${asciiSlug(first)}.${asciiSlug(last)}${random.int(1, 999)}`;
      const email = `${local}@${random.next() < 0.4 && company ? `${asciiSlug(company)}.nl` : random.pick(DOMAINS)}`;
      const phone = random.next() < 0.5 ? `06 ${random.int(10_000_000, 99_999_999)}` : null;
      // Later intakes more often; a few share the exact same second (ties for the keyset).
      const age = Math.floor(Math.pow(random.next(), 1.5) * DATASET_DAYS * 86_400);
      const createdAt = new Date(DATASET_END.getTime() - age * 1000);
      const status = random.pick(statuses);
      const answers = {
        ...scan.input,
        contact: { ...scan.input.contact, name, email, ...(company ? { company } : {}), ...(phone ? { phone } : {}) },
      };
      const id = `b${String(n).padStart(7, '0')}${Math.floor(random.next() * 1e9).toString(36)}`;
      const intake = {
        id,
        createdAt,
        updatedAt: createdAt,
        locale: scan.input.locale,
        status,
        readAt: status === 'new' && random.next() < 0.6 ? null : createdAt,
        name,
        email,
        company,
        phone,
        searchText: toSearchText(name, email, company),
        businessKind: scan.input.about.businessKind,
        hoursPerWeek: scan.input.about.hoursPerWeek,
        rateKind: scan.input.about.rateKind,
        hourlyRateCents: scan.input.about.hourlyRateCents,
        vatStatus: scan.input.about.vatStatus,
        delegationExperience: scan.input.about.delegationExperience,
        mainPain: scan.input.about.mainPain,
        painNote: null,
        engineVersion: ENGINE_VERSION,
        catalogueVersion: DEFAULT_CATALOGUE.version,
        privacyConsentAt: createdAt,
        privacyConsentVersion: PRIVACY_TEXT_VERSION,
        followUpConsent: true,
        followUpConsentAt: createdAt,
        freedMinutesPerMonth: scan.result.fromMonthThree.freedMinutes,
        netGainCentsPerMonth: scan.result.fromMonthThree.netCents,
        topBucket: scan.topBucket,
        idempotencyKeyHash: `bench-${n}`,
        requestFingerprint: 'bench',
      };
      batch.push({ intake, snapshot: { intakeId: id, answers, result: scan.result } });
    }
    yield batch;
  }
}

/** Average size of the answers + result JSON of a generated snapshot, for the report. */
export function averageJsonBytes(rows: { answers: object; result: object }[]): number {
  const total = rows.reduce((sum, row) => sum + JSON.stringify(row.answers).length + JSON.stringify(row.result).length, 0);
  return Math.round(total / Math.max(1, rows.length));
}
