import type { CreateIntakeInput, VatStatus } from '../schemas/intake.ts';
import type {
  MonthlyPackage,
  Offer,
  PeriodFigures,
  PrepaidBundle,
  StartReason,
  TaskResult,
} from '../schemas/result.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { priceText, startText } from './advice-copy.ts';
import { centsForMinutes, divRound, multiply, percentOf, sumIntegers } from './money.ts';
import type { VaSettings } from './va-settings.ts';

/**
 * The suggested start and what it costs (engine 2.0.0, rule 7 in engine.ts), from the VA's real offers:
 *
 * First tasks: the quick wins (else the onboarding tasks), those that relieve what hurts most
 * first, then, for someone who works 40+ hours a week or has no time for clients, the biggest
 * time savers, else the best fits; one task for a first-timer, for someone who fears losing
 * control and for a trial task, two after some delegating, three after a VA.
 *
 * The offer, in this order: a bad earlier experience → the trial task; preference trial task →
 * the trial task; cost a concern → the smallest prepaid bundle; preference bundle → the bundle
 * that covers a month of the first tasks; preference monthly hours → the package that costs
 * least for them (extra hours at her rate), unless they need less than half the smallest package
 * (then a bundle: small volume);
 * unsure → a first-timer gets the trial task, a small volume a bundle, else a package. An offer
 * the VA does not sell falls back (trial ↔ bundle, then package) with the reason not-offered.
 *
 * Prices: a trial costs its price and covers at most its hours (month 1 is scaled down to it); a
 * bundle costs its hourly price for the hours used; a package costs its price, plus the VA's rate
 * for hours beyond the largest package. 21 % BTW on top for KOR or exempt. From month 3 every
 * handed-over task counts, at the offer that fits then.
 */

export const VAT_PERCENT = 21;
/** Less than this share of the smallest package's hours is "small volume": a bundle fits better. */
export const SMALL_VOLUME_PERCENT = 50;

type Answers = Pick<CreateIntakeInput, 'about' | 'collaboration'>;
type Offers = Pick<VaSettings, 'packages' | 'offers' | 'vaRateCents'>;

export type PricedStart = {
  offer: Offer | null;
  offerPrice: LocalizedText | null;
  thenOffer: Offer | null;
  reasons: StartReason[];
  firstTaskKeys: string[];
  text: LocalizedText;
  firstMonth: PeriodFigures;
  fromMonthThree: PeriodFigures;
};

const PAIN_CATEGORIES: Record<CreateIntakeInput['about']['mainPain'], readonly string[]> = {
  'admin-piles-up': ['admin-invoicing', 'documents-correspondence'],
  'always-on': ['email-agenda', 'customer-contact'],
  'no-overview': ['research-organising', 'email-agenda'],
  'growth-stalls': ['social-newsletters', 'website-tools', 'research-organising'],
  'no-time-for-clients': [],
  other: [],
};

/** From this many hours a week, the biggest time savers go first. */
export const BUSY_FROM_HOURS_PER_WEEK = 40;

const FIRST_TASKS_BY_EXPERIENCE = { never: 1, 'some-tasks': 2, 'had-va': 3 } as const;

function byKey(a: TaskResult, b: TaskResult): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The order in which handed-over tasks start: what hurts most, then time or fit. */
export function startOrder(about: Answers['about']): (a: TaskResult, b: TaskResult) => number {
  const painCategories = PAIN_CATEGORIES[about.mainPain];
  const relieves = (task: TaskResult) => (painCategories.includes(task.categoryId) ? 1 : 0);
  const timeFirst = about.hoursPerWeek >= BUSY_FROM_HOURS_PER_WEEK || about.mainPain === 'no-time-for-clients';
  return (a, b) => {
    const pain = relieves(b) - relieves(a);
    if (pain !== 0) return pain;
    const time = b.freedMinutes - a.freedMinutes;
    const fit = b.score - a.score;
    return (timeFirst ? time || fit : fit || time) || byKey(a, b);
  };
}

const sortedPackages = (packages: readonly MonthlyPackage[]) =>
  [...packages].sort((a, b) => a.hoursPerMonth - b.hoursPerMonth || a.priceCents - b.priceCents);
const sortedBundles = (bundles: readonly PrepaidBundle[]) =>
  [...bundles].sort((a, b) => a.hours - b.hours || a.priceCents - b.priceCents);

/**
 * The package that costs the prospect least for these VA minutes, counting the hours beyond a
 * package at the VA's rate (as she bills them); on a tie the smaller package. So 25 hours of work
 * is 24 hours plus one at her rate, not a 40-hour package. Null without packages.
 */
export function packageFor(packages: readonly MonthlyPackage[], vaMinutes: number, vaRateCents: number): MonthlyPackage | null {
  let best: { pkg: MonthlyPackage; cost: number } | null = null;
  for (const pkg of sortedPackages(packages)) {
    const extra = Math.max(0, vaMinutes - multiply(pkg.hoursPerMonth, 60));
    const cost = pkg.priceCents + centsForMinutes(extra, vaRateCents);
    if (!best || cost < best.cost) best = { pkg, cost };
  }
  return best ? { hoursPerMonth: best.pkg.hoursPerMonth, priceCents: best.pkg.priceCents } : null;
}

/** The smallest bundle covering the VA minutes, else the largest; null without bundles. */
export function bundleFor(bundles: readonly PrepaidBundle[], vaMinutes: number): PrepaidBundle | null {
  const sorted = sortedBundles(bundles);
  const chosen = sorted.find((bundle) => multiply(bundle.hours, 60) >= vaMinutes) ?? sorted.at(-1);
  return chosen ? { ...chosen } : null;
}

type Kind = Offer['kind'];

function offerOf(kind: Kind, offers: Offers, vaMinutes: number, smallest: boolean): Offer | null {
  switch (kind) {
    case 'trial-task': {
      const trial = offers.offers.trialTask;
      return trial
        ? { kind, trialTask: { description: { ...trial.description }, hours: trial.hours, priceCents: trial.priceCents } }
        : null;
    }
    case 'prepaid-bundle': {
      const bundle = bundleFor(offers.offers.prepaidBundles, smallest ? 0 : vaMinutes);
      return bundle ? { kind, bundle } : null;
    }
    case 'monthly-package': {
      const pkg = packageFor(offers.packages, vaMinutes, offers.vaRateCents);
      return pkg ? { kind, package: pkg } : null;
    }
  }
}

/** What a period costs at an offer, excl. BTW, and the VA minutes beyond a package's hours. */
function costAt(offer: Offer, vaMinutes: number, vaRateCents: number): { costExclVatCents: number; extraMinutes: number } {
  switch (offer.kind) {
    case 'trial-task':
      return { costExclVatCents: offer.trialTask.priceCents, extraMinutes: 0 };
    case 'prepaid-bundle':
      return {
        costExclVatCents: divRound(multiply(vaMinutes, offer.bundle.priceCents), multiply(offer.bundle.hours, 60)),
        extraMinutes: 0,
      };
    case 'monthly-package': {
      const extraMinutes = Math.max(0, vaMinutes - multiply(offer.package.hoursPerMonth, 60));
      return {
        costExclVatCents: offer.package.priceCents + centsForMinutes(extraMinutes, vaRateCents),
        extraMinutes,
      };
    }
  }
}

export function vatOn(costExclVatCents: number, vatStatus: VatStatus): number {
  return vatStatus === 'normal' ? 0 : percentOf(costExclVatCents, VAT_PERCENT);
}

function listPrice(offer: Offer): number {
  switch (offer.kind) {
    case 'trial-task':
      return offer.trialTask.priceCents;
    case 'prepaid-bundle':
      return offer.bundle.priceCents;
    case 'monthly-package':
      return offer.package.priceCents;
  }
}

function priceOf(offer: Offer | null, vatStatus: VatStatus): LocalizedText | null {
  if (!offer) return null;
  const price = listPrice(offer);
  return priceText(price, vatOn(price, vatStatus), vatStatus, offer.kind === 'monthly-package');
}

/** A period's figures at an offer; a trial covers at most its own hours, so the tasks are scaled to it. */
function period(
  tasks: readonly TaskResult[],
  offer: Offer | null,
  context: { ownerRateCents: number; vaRateCents: number; vatStatus: VatStatus },
): PeriodFigures {
  let entered = sumIntegers(tasks.map((task) => task.minutesPerMonth));
  let kept = sumIntegers(tasks.map((task) => task.keptMinutes));
  let freed = sumIntegers(tasks.map((task) => task.freedMinutes));
  let va = sumIntegers(tasks.map((task) => task.vaMinutes));
  let value = sumIntegers(tasks.map((task) => task.freedValueCents));
  if (offer?.kind === 'trial-task') {
    const trialMinutes = multiply(offer.trialTask.hours, 60);
    if (va > trialMinutes) {
      const scale = (minutes: number) => divRound(multiply(minutes, trialMinutes), va);
      entered = scale(entered);
      kept = scale(kept);
      freed = scale(freed);
      va = trialMinutes;
      value = centsForMinutes(freed, context.ownerRateCents);
    }
  }
  const { costExclVatCents, extraMinutes } = offer ? costAt(offer, va, context.vaRateCents) : { costExclVatCents: 0, extraMinutes: 0 };
  const vatCents = vatOn(costExclVatCents, context.vatStatus);
  const costCents = costExclVatCents + vatCents;
  return {
    taskKeys: tasks.map((task) => task.key),
    enteredMinutes: entered,
    freedMinutes: freed,
    keptMinutes: kept,
    vaMinutes: va,
    valueCents: value,
    offer,
    extraMinutes,
    costExclVatCents,
    vatCents,
    costCents,
    netCents: value - costCents,
  };
}

/** What the answers ask for, and why (see the rules above). */
function wantedStart(answers: Answers, smallVolume: boolean): { kind: Kind; reason: StartReason } {
  const { about, collaboration } = answers;
  const concerns = new Set(collaboration.concerns);
  const preference = collaboration.startPreference;
  if (concerns.has('bad-experience')) return { kind: 'trial-task', reason: 'bad-experience' };
  if (preference === 'trial-task') return { kind: 'trial-task', reason: 'preference' };
  if (concerns.has('cost')) return { kind: 'prepaid-bundle', reason: 'cost-concern' };
  if (preference === 'prepaid-bundle') return { kind: 'prepaid-bundle', reason: 'preference' };
  if (preference === 'monthly-hours') {
    return smallVolume ? { kind: 'prepaid-bundle', reason: 'small-volume' } : { kind: 'monthly-package', reason: 'preference' };
  }
  if (about.delegationExperience === 'never') return { kind: 'trial-task', reason: 'first-time' };
  return smallVolume ? { kind: 'prepaid-bundle', reason: 'small-volume' } : { kind: 'monthly-package', reason: 'steady-volume' };
}

function sameOffer(a: Offer | null, b: Offer | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function chooseStart(answers: Answers, tasks: readonly TaskResult[], offers: Offers): PricedStart {
  const { about, collaboration } = answers;
  const money = { ownerRateCents: about.hourlyRateCents, vaRateCents: offers.vaRateCents, vatStatus: about.vatStatus };
  const order = startOrder(about);
  const quickWins = tasks.filter((task) => task.bucket === 'now').sort(order);
  const onboarding = tasks.filter((task) => task.bucket === 'after-onboarding').sort(order);
  const handedOver = [...quickWins, ...onboarding];

  if (handedOver.length === 0) {
    const reasons: StartReason[] = ['nothing-to-hand-over'];
    const empty = period([], null, money);
    return {
      offer: null,
      offerPrice: null,
      thenOffer: null,
      reasons,
      firstTaskKeys: [],
      text: startText({
        offer: null,
        price: null,
        thenOffer: null,
        thenPrice: null,
        reasons,
        firstTaskCount: 0,
        firstMonthVaMinutes: 0,
        extraMinutes: 0,
        ratePrice: priceText(offers.vaRateCents, vatOn(offers.vaRateCents, about.vatStatus), about.vatStatus),
      }),
      firstMonth: empty,
      fromMonthThree: empty,
    };
  }

  const concerns = new Set(collaboration.concerns);
  const candidates = quickWins.length > 0 ? quickWins : onboarding;
  const oneTask = concerns.has('control') || about.delegationExperience === 'never';
  const maxFirst = oneTask ? 1 : FIRST_TASKS_BY_EXPERIENCE[about.delegationExperience];
  let first = candidates.slice(0, maxFirst);
  const firstVa = sumIntegers(first.map((task) => task.vaMinutes));
  const allVa = sumIntegers(handedOver.map((task) => task.vaMinutes));
  const smallestPackage = sortedPackages(offers.packages)[0];
  const isSmall = (vaMinutes: number) =>
    offers.offers.prepaidBundles.length > 0 &&
    (!smallestPackage || multiply(vaMinutes, 100) < multiply(smallestPackage.hoursPerMonth * 60, SMALL_VOLUME_PERCENT));

  const wanted = wantedStart(answers, isSmall(firstVa));
  const reasons: StartReason[] = [wanted.reason];
  // A trial or a small bundle starts small: the smallest bundle for a worry about cost or trust.
  const smallest = reasons.includes('cost-concern') || reasons.includes('bad-experience');
  const fallbacks: Record<Kind, Kind[]> = {
    'trial-task': ['trial-task', 'prepaid-bundle', 'monthly-package'],
    'prepaid-bundle': ['prepaid-bundle', 'trial-task', 'monthly-package'],
    'monthly-package': ['monthly-package'],
  };
  let offer: Offer | null = null;
  for (const kind of fallbacks[wanted.kind]) {
    offer = offerOf(kind, offers, firstVa, smallest);
    if (offer) {
      if (kind !== wanted.kind) reasons.push('not-offered');
      break;
    }
  }
  if (offer?.kind === 'trial-task') first = first.slice(0, 1);
  if (first.length === 1 && about.delegationExperience === 'never' && !reasons.includes('first-time')) {
    reasons.push('first-time');
  }

  // From month 3: what fits once every handed-over task runs.
  let thenOffer: Offer | null;
  if (offer?.kind === 'trial-task') {
    const bundleFits = concerns.has('cost') || collaboration.startPreference === 'prepaid-bundle' || isSmall(allVa);
    thenOffer = (bundleFits ? offerOf('prepaid-bundle', offers, allVa, false) : null) ?? offerOf('monthly-package', offers, allVa, false);
  } else if (offer) {
    const fits = offerOf(offer.kind, offers, allVa, false);
    thenOffer = sameOffer(fits, offer) ? null : fits;
  } else {
    thenOffer = null;
  }

  const firstMonth = period(first, offer, money);
  const fromMonthThree = period(handedOver, thenOffer ?? offer, money);
  const offerPrice = priceOf(offer, about.vatStatus);
  return {
    offer,
    offerPrice,
    thenOffer,
    reasons,
    firstTaskKeys: first.map((task) => task.key),
    text: startText({
      offer,
      price: offerPrice,
      thenOffer,
      thenPrice: priceOf(thenOffer, about.vatStatus),
      reasons,
      firstTaskCount: first.length,
      firstMonthVaMinutes: firstMonth.vaMinutes,
      extraMinutes: firstMonth.extraMinutes,
      ratePrice: priceText(offers.vaRateCents, vatOn(offers.vaRateCents, about.vatStatus), about.vatStatus),
    }),
    firstMonth,
    fromMonthThree,
  };
}
