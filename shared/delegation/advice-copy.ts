import { formatCents, formatHours } from '../format/format.ts';
import type { Locale, LocalizedText } from '../schemas/common.ts';
import type { CHANNELS, UPDATE_FREQUENCIES, VatStatus } from '../schemas/intake.ts';
import type { Offer, Safeguard, StartReason } from '../schemas/result.ts';

/**
 * The words of the advice (engine 2.0.0), in Dutch and English. The engine writes them into the
 * result snapshot, so a result keeps the words it was given. Dutch as a VA writes to a client
 * ("je", warm, plain); English says the same thing in its own idiom. Task names are never bent
 * into a sentence: they follow a colon or stand in a list.
 */

type Channel = (typeof CHANNELS)[number];
type UpdateFrequency = (typeof UPDATE_FREQUENCIES)[number];

const both = (nl: string, en: string): LocalizedText => ({ nl, en });
const perLocale = (make: (locale: Locale) => string): LocalizedText => both(make('nl'), make('en'));

/** "a", "a of b", "a, b of c" (or: "or"). Written out, so the result does not depend on Intl data. */
export function orList(items: readonly string[], locale: Locale): string {
  const or = locale === 'nl' ? 'of' : 'or';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

export function andList(items: readonly string[], locale: Locale): string {
  const and = locale === 'nl' ? 'en' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const FREQUENCY: Record<UpdateFrequency, LocalizedText> = {
  daily: both('elke werkdag', 'every working day'),
  'twice-weekly': both('twee keer per week', 'twice a week'),
  weekly: both('elke week', 'every week'),
  biweekly: both('om de week', 'every other week'),
  monthly: both('één keer per maand', 'once a month'),
};

/** How an update reaches them; Dutch shares one "via", English needs its own preposition each. */
const CHANNEL: Record<Channel, LocalizedText> = {
  email: both('e-mail', 'by email'),
  phone: both('een belletje', 'in a quick call'),
  video: both('een kort videogesprek', 'in a short video call'),
  whatsapp: both('WhatsApp', 'on WhatsApp'),
  'task-board': both('ons gedeelde takenbord', 'on our shared task board'),
};

function channelList(channels: readonly Channel[], locale: Locale): string {
  const list = orList(channels.map((channel) => CHANNEL[channel][locale]), locale);
  return locale === 'nl' ? `via ${list}` : list;
}

/** The trust plan's first line: how and how often they hear from the VA. */
export function contactLine(frequency: UpdateFrequency, channels: readonly Channel[]): LocalizedText {
  return perLocale((locale) =>
    locale === 'nl'
      ? `Je krijgt ${FREQUENCY[frequency].nl} een korte update ${channelList(channels, 'nl')}: wat er klaar is, wat er loopt en waar ik je nog voor nodig heb.`
      : `You get a short update ${FREQUENCY[frequency].en}, ${channelList(channels, 'en')}: what's done, what's in progress and where I still need you.`,
  );
}

export function reachabilityLine(channels: readonly Channel[]): LocalizedText {
  return perLocale((locale) =>
    locale === 'nl'
      ? `Je bereikt me ${channelList(channels, 'nl')}, zoals je zelf aangaf.`
      : `You reach me ${channelList(channels, 'en')}, as you said you prefer.`,
  );
}

// ── Money in words ─────────────────────────────────────────────────────────────────────────

/** An amount in a sentence: whole euros when it is whole ("€ 380"), else with cents ("€ 459,80"). */
export function moneyText(cents: number, locale: Locale): string {
  return formatCents(cents, locale, { wholeEuros: cents % 100 === 0 });
}

/**
 * "€ 120 excl. btw" for someone who reclaims BTW, "€ 145,20 incl. btw" for someone who cannot;
 * with `perMonth`, "€ 380 per maand, excl. btw".
 */
export function priceText(
  priceExclVatCents: number,
  vatCents: number,
  vatStatus: VatStatus,
  perMonth = false,
): LocalizedText {
  return perLocale((locale) => {
    const nl = locale === 'nl';
    const amount = moneyText(priceExclVatCents + vatCents, locale);
    const period = perMonth ? (nl ? ' per maand,' : ' a month,') : '';
    const vat = vatStatus === 'normal' ? (nl ? 'excl. btw' : 'excl. VAT') : nl ? 'incl. btw' : 'incl. VAT';
    return `${amount}${period} ${vat}`;
  });
}

/** What the offer is, e.g. "een urenbundel van 10 uur (6 maanden geldig)". */
export function offerName(offer: Offer): LocalizedText {
  return perLocale((locale) => {
    const nl = locale === 'nl';
    switch (offer.kind) {
      case 'trial-task':
        return nl
          ? `een proefopdracht van ${formatHours(offer.trialTask.hours * 60, locale)}`
          : `a trial task of ${formatHours(offer.trialTask.hours * 60, locale)}`;
      case 'prepaid-bundle':
        return nl
          ? `een urenbundel van ${formatHours(offer.bundle.hours * 60, locale)} (${offer.bundle.validMonths} maanden geldig)`
          : `a prepaid bundle of ${formatHours(offer.bundle.hours * 60, locale)} (valid for ${offer.bundle.validMonths} months)`;
      case 'monthly-package':
        return nl
          ? `een vast pakket van ${formatHours(offer.package.hoursPerMonth * 60, locale)} per maand`
          : `a monthly package of ${formatHours(offer.package.hoursPerMonth * 60, locale)} a month`;
    }
  });
}

// ── Per task: one sentence ─────────────────────────────────────────────────────────────────

export type WhyCode =
  | 'now'
  | 'now-drains'
  | 'now-others-better'
  | 'now-approves'
  | 'onboarding-setup'
  | 'onboarding-approves'
  | 'onboarding-money'
  | 'onboarding-passwords'
  | 'onboarding-personal-data'
  | 'consider-enjoys'
  | 'consider-approves'
  | 'consider-needs-owner'
  | 'consider-middling'
  | 'keep-own-work'
  | 'keep-enjoys'
  | 'keep-strong'
  | 'keep-for-now'
  | 'keep-hard';

const WHY: Record<WhyCode, LocalizedText> = {
  now: both('Vraagt weinig uitleg, dus dit kan meteen', 'Takes little explaining, so this can start right away'),
  'now-drains': both(
    'Kost je energie en vraagt weinig uitleg, dus dit kan meteen',
    'Drains your energy and takes little explaining, so this can start right away',
  ),
  'now-others-better': both(
    'Een ander doet dit sneller en het vraagt weinig uitleg, dus dit kan meteen',
    'Someone else does this faster and it takes little explaining, so this can start right away',
  ),
  'now-approves': both(
    'Kan meteen: ik bereid voor en jij keurt goed, daar houd je zelf een kwart van de tijd voor',
    'Can start right away: I prepare, you approve, and you keep about a quarter of the time for that',
  ),
  'onboarding-setup': both(
    'Goed over te dragen als je het me één keer hebt voorgedaan',
    'Easy to hand over once you have shown me how you do it',
  ),
  'onboarding-approves': both(
    'Goed over te dragen na een keer voordoen; ik bereid voor en jij keurt goed',
    'Easy to hand over once you have shown me; I prepare and you approve',
  ),
  'onboarding-money': both(
    'Hier gaat geld in om, dus we beginnen met vier ogen',
    'This moves money, so we start with four eyes',
  ),
  'onboarding-passwords': both(
    'Hier gaan wachtwoorden in om, dus dat regelen we eerst goed',
    'This handles passwords, so we set that up properly first',
  ),
  'onboarding-personal-data': both(
    'Hier zitten veel persoonsgegevens in, dus ik kijk eerst alleen mee',
    'This holds a lot of personal data, so I start read-only',
  ),
  'consider-enjoys': both(
    'Dit doe je graag, dus het gaat alleen over als jij dat wilt; dat bespreken we in het kennismakingsgesprek',
    'You enjoy this, so it only goes over if you want it to; we talk it through in the intro call',
  ),
  'consider-approves': both(
    'Ik kan dit voorbereiden en jij keurt goed; of dat loont, bespreken we in het kennismakingsgesprek',
    'I can prepare this and you approve it; whether that pays off, we talk through in the intro call',
  ),
  'consider-needs-owner': both(
    'Dit vraagt om jou persoonlijk; in het kennismakingsgesprek kijken we of ik een deel kan voorbereiden',
    'This needs you personally; in the intro call we look at whether I can prepare part of it',
  ),
  'consider-middling': both(
    'Een twijfelgeval: in het kennismakingsgesprek kijken we of overdragen hier loont',
    'A borderline case: in the intro call we look at whether handing it over pays off',
  ),
  'keep-own-work': both(
    'Dit is echt jouw werk: je doet het graag, je bent er sterk in en het vraagt om jou',
    'This is truly your work: you enjoy it, you excel at it and it needs you',
  ),
  'keep-enjoys': both(
    'Dit doe je graag en het vraagt jouw eigen inbreng, dus dit houd je zelf',
    'You enjoy this and it needs your own input, so you keep it',
  ),
  'keep-strong': both(
    'Hier ben je sterk in, dus dit houd je voorlopig zelf; wil je, dan kan ik later een deel voorbereiden',
    "You excel at this, so you keep it for now; if you like, I can prepare part of it later",
  ),
  'keep-for-now': both(
    'Dit houd je voorlopig zelf; in het kennismakingsgesprek kijken we of dat zo moet blijven',
    'You keep this for now; in the intro call we look at whether it should stay that way',
  ),
  'keep-hard': both(
    'Lastig om op afstand over te nemen, dus dit houd je voorlopig zelf',
    'Hard to take over remotely, so you keep this for now',
  ),
};

/** "Why …: first step." for a handed-over task, "Why." for one that is not. */
export function adviceSentence(why: WhyCode, firstStep: LocalizedText | null): LocalizedText {
  return perLocale((locale) => (firstStep ? `${WHY[why][locale]}: ${firstStep[locale]}.` : `${WHY[why][locale]}.`));
}

// ── Trust steps that tasks pull in ─────────────────────────────────────────────────────────

export const SAFEGUARD_TEXT: Record<Safeguard, { title: LocalizedText; text: LocalizedText; short: LocalizedText }> = {
  'processing-agreement': {
    title: both('Een verwerkersovereenkomst', 'A data processing agreement'),
    text: both(
      'Bij deze taken werk ik met persoonsgegevens van jou of je klanten. Daarom sluiten we vooraf een verwerkersovereenkomst, zoals de AVG vraagt.',
      "For these tasks I handle personal data of yours or your clients'. So we sign a data processing agreement first, as the GDPR requires.",
    ),
    short: both('de verwerkersovereenkomst', 'the data processing agreement'),
  },
  'delegated-access': {
    title: both('Eigen toegang, jouw wachtwoord blijft van jou', 'Access of my own; your password stays yours'),
    text: both(
      'Ik krijg gedelegeerde toegang of een eigen gebruiker. Je deelt nooit je wachtwoord en trekt mijn toegang met één klik weer in.',
      'I get delegated access or a user of my own. You never share your password, and you can revoke my access in one click.',
    ),
    short: both('gedelegeerde toegang, zonder jouw wachtwoord', 'delegated access, without your password'),
  },
  'password-manager': {
    title: both('Inloggen via een wachtwoordmanager', 'Logins through a password manager'),
    text: both(
      'Waar een eigen gebruiker niet kan, deel je de inlog via een wachtwoordmanager zoals Bitwarden of 1Password. Nooit via mail of WhatsApp.',
      'Where a user of my own is not possible, you share the login through a password manager such as Bitwarden or 1Password. Never by email or WhatsApp.',
    ),
    short: both('een gedeelde wachtwoordmanager', 'a shared password manager'),
  },
  'read-only-first': {
    title: both('Eerst meekijken, dan pas meer', 'Read-only first'),
    text: both(
      'Ik begin met rechten om alleen mee te kijken. Pas als we er allebei een goed gevoel over hebben, krijg ik meer.',
      "I start with read-only rights. Only when we're both comfortable do I get more.",
    ),
    short: both('eerst alleen meekijken', 'read-only rights first'),
  },
  'four-eyes': {
    title: both('Vier ogen bij geld', 'Four eyes on money'),
    text: both(
      'Ik zet alles klaar, jij keurt goed en betaalt. Betaalrechten op je rekening krijg ik nooit.',
      'I prepare everything, you approve and pay. I never get the right to pay from your account.',
    ),
    short: both('vier ogen bij elke betaling', 'four eyes on every payment'),
  },
  'approval-step': {
    title: both('Jij keurt goed', 'You approve'),
    text: both(
      'Deze taken bereid ik voor en niets gaat de deur uit voordat jij het hebt goedgekeurd. Dat goedkeuren houd je zelf, en die tijd reken ik niet als vrijgekomen.',
      "I prepare these tasks and nothing goes out before you've approved it. The approving stays with you, and I don't count that time as freed.",
    ),
    short: both('een goedkeurstap voor jou', 'an approval step for you'),
  },
};

// ── The concerns' steps that depend on the answers ─────────────────────────────────────────

export function startWithTasksLine(count: number, firstLabel: LocalizedText | null, quickWins: boolean): LocalizedText {
  return perLocale((locale) => {
    const nl = locale === 'nl';
    if (count === 1 && firstLabel) {
      return nl
        ? `We beginnen met één taak: ${firstLabel.nl}. Pas als die soepel loopt, komt de volgende erbij.`
        : `We start with one task: ${firstLabel.en}. Only when that runs smoothly does the next one join.`;
    }
    if (quickWins) {
      return nl
        ? `We beginnen met ${count} taken die weinig uitleg vragen. De rest komt erbij als dat soepel loopt.`
        : `We start with ${count} tasks that take little explaining. The rest joins once that runs smoothly.`;
    }
    return nl
      ? `We beginnen met ${count} taken die we eerst samen doornemen. De rest komt erbij als dat soepel loopt.`
      : `We start with ${count} tasks that we go through together first. The rest joins once that runs smoothly.`;
  });
}

export function costLine(offer: Offer | null, price: LocalizedText | null): LocalizedText {
  if (!offer || !price) {
    return both(
      'Wat het kost, weet je vooraf: dat zetten we in het kennismakingsgesprek op een rij.',
      "You know the cost up front: we set it out in the intro call.",
    );
  }
  const name = offerName(offer);
  return perLocale((locale) =>
    locale === 'nl'
      ? `Je begint met ${name.nl} voor ${price.nl}, dus je weet vooraf precies wat het kost.`
      : `You start with ${name.en} for ${price.en}, so you know the cost up front.`,
  );
}

export function badExperienceLine(offer: Offer | null): LocalizedText {
  if (offer?.kind === 'trial-task') {
    return both(
      'We beginnen met een proefopdracht, zodat je ziet hoe ik werk voordat je ergens aan vastzit.',
      "We begin with a trial task, so you see how I work before you're tied to anything.",
    );
  }
  const name = offer ? offerName(offer) : null;
  return perLocale((locale) =>
    name
      ? locale === 'nl'
        ? `We beginnen klein, met ${name.nl}, zodat je ziet hoe ik werk voordat je ergens aan vastzit.`
        : `We start small, with ${name.en}, so you see how I work before you're tied to anything.`
      : locale === 'nl'
        ? 'We beginnen klein, zodat je ziet hoe ik werk voordat je ergens aan vastzit.'
        : "We start small, so you see how I work before you're tied to anything.",
  );
}

// ── The suggested start ────────────────────────────────────────────────────────────────────

const START_REASON: Record<StartReason, LocalizedText> = {
  preference: both('Zo begin je zelf het liefst.', "That's how you said you'd like to start."),
  'cost-concern': both(
    'Omdat de kosten voor je meewegen, begin je klein en zonder vaste verplichting.',
    'Because cost matters to you, you start small and without a fixed commitment.',
  ),
  'bad-experience': both(
    'Na je eerdere ervaring wil je eerst zien hoe ik werk, en dat snap ik goed.',
    'After your earlier experience you want to see how I work first, and I understand that.',
  ),
  'first-time': both(
    'Omdat je voor het eerst uitbesteedt, beginnen we met één taak.',
    "Because this is your first time handing work over, we start with one task.",
  ),
  'small-volume': both(
    'Voor zo weinig uren per maand is een vast pakket te groot: je zou betalen voor uren die je niet gebruikt.',
    "For so few hours a month a monthly package is too big: you'd pay for hours you don't use.",
  ),
  'steady-volume': both(
    'Er is genoeg werk voor een vast aantal uren per maand.',
    "There's enough work for a fixed number of hours a month.",
  ),
  'not-offered': both(
    'Wat je het liefst wilde, bied ik niet aan; dit komt het dichtst in de buurt.',
    "What you'd have liked most isn't something I offer; this comes closest.",
  ),
  'nothing-to-hand-over': both(
    'Uit je antwoorden komt nog geen taak die je nu al kunt overdragen.',
    "Your answers don't show a task to hand over right now.",
  ),
};

export function startText(input: {
  offer: Offer | null;
  price: LocalizedText | null;
  thenOffer: Offer | null;
  thenPrice: LocalizedText | null;
  reasons: readonly StartReason[];
  firstTaskCount: number;
  firstMonthVaMinutes: number;
  /** VA minutes beyond the package's hours in month 1, and her hourly rate as the prospect pays it. */
  extraMinutes: number;
  ratePrice: LocalizedText;
}): LocalizedText {
  const { offer, price, thenOffer, thenPrice, reasons, firstMonthVaMinutes } = input;
  const one = input.firstTaskCount === 1;
  return perLocale((locale) => {
    const nl = locale === 'nl';
    const why = reasons.map((reason) => START_REASON[reason][locale]).join(' ');
    if (!offer || !price) {
      return nl
        ? `${why} In een kennismakingsgesprek kijken we samen of er toch iets tussen zit dat je graag loslaat.`
        : `${why} In an intro call we look together at whether there is something you'd like to let go of after all.`;
    }
    const hours = formatHours(firstMonthVaMinutes, locale);
    let what: string;
    switch (offer.kind) {
      case 'trial-task':
        what = nl
          ? `Begin met een proefopdracht: ${offer.trialTask.description.nl.replace(/\.$/, '')}, ${formatHours(offer.trialTask.hours * 60, locale)} voor ${price.nl}.`
          : `Start with a trial task: ${offer.trialTask.description.en.replace(/\.$/, '')}, ${formatHours(offer.trialTask.hours * 60, locale)} for ${price.en}.`;
        break;
      case 'prepaid-bundle':
        what = nl
          ? `Begin met een urenbundel van ${formatHours(offer.bundle.hours * 60, locale)} voor ${price.nl}, vooraf betaald en ${offer.bundle.validMonths} maanden geldig. Voor ${one ? 'je eerste taak' : 'je eerste taken'} heb ik ongeveer ${hours} per maand nodig.`
          : `Start with a prepaid bundle of ${formatHours(offer.bundle.hours * 60, locale)} for ${price.en}, paid up front and valid for ${offer.bundle.validMonths} months. ${one ? 'Your first task takes' : 'Your first tasks take'} me about ${hours} a month.`;
        break;
      case 'monthly-package':
        what = nl
          ? `Begin met een vast pakket van ${formatHours(offer.package.hoursPerMonth * 60, locale)} per maand voor ${price.nl}. Voor ${one ? 'je eerste taak' : 'je eerste taken'} heb ik ongeveer ${hours} per maand nodig.`
          : `Start with a monthly package of ${formatHours(offer.package.hoursPerMonth * 60, locale)} a month for ${price.en}. ${one ? 'Your first task takes' : 'Your first tasks take'} me about ${hours} a month.`;
        if (input.extraMinutes > 0) {
          const extra = formatHours(input.extraMinutes, locale);
          what += nl
            ? ` Wat daarboven komt (ongeveer ${extra}), reken ik tegen mijn uurtarief van ${input.ratePrice.nl}.`
            : ` Anything above that (about ${extra}) I charge at my hourly rate of ${input.ratePrice.en}.`;
        }
        break;
    }
    const then =
      thenOffer && thenPrice
        ? nl
          ? ` Loopt het goed en komen de andere taken erbij, dan past vanaf maand 3 ${offerName(thenOffer).nl} voor ${thenPrice.nl}.`
          : ` Once it runs well and the other tasks join, ${offerName(thenOffer).en} for ${thenPrice.en} fits from month 3.`
        : '';
    return `${what} ${why}${then}`.trim();
  });
}

// ── The first 30 days ──────────────────────────────────────────────────────────────────────

export const FIRST_MONTH_WHEN = {
  week1: both('Week 1', 'Week 1'),
  week2: both('Week 2', 'Week 2'),
  week4: both('Week 4', 'Week 4'),
  after: both('Daarna', 'After that'),
} as const;

export function introCallStep(input: {
  channels: readonly Channel[];
  oneTask: boolean;
  reachability: boolean;
  badExperience: boolean;
  ownTasks: number;
  considerTasks: number;
}): { title: LocalizedText; text: LocalizedText } {
  const how = input.channels.includes('video')
    ? both('via video', 'over video')
    : input.channels.includes('phone')
      ? both('aan de telefoon', 'on the phone')
      : both('via video of telefoon', 'over video or phone');
  return {
    title: both('Kennismakingsgesprek', 'Intro call'),
    text: perLocale((locale) => {
      const nl = locale === 'nl';
      const parts = [
        nl
          ? `We spreken elkaar een half uur ${how.nl}, lopen je scan samen door en kiezen ${input.oneTask ? 'de taak waarmee we beginnen' : 'de taken waarmee we beginnen'}.`
          : `We talk for half an hour ${how.en}, go through your scan together and pick ${input.oneTask ? 'the task we start with' : 'the tasks we start with'}.`,
      ];
      if (input.reachability) {
        parts.push(nl ? 'We spreken ook af hoe snel je antwoord van me krijgt.' : "We also agree on how quickly you'll hear back from me.");
      }
      if (input.badExperience) {
        parts.push(
          nl ? 'Vertel me gerust wat er de vorige keer misging, dan voorkomen we dat samen.' : 'Do tell me what went wrong last time, so we avoid it together.',
        );
      }
      if (input.ownTasks > 0 && input.considerTasks > 0) {
        parts.push(nl ? 'Je eigen taken en de twijfelgevallen nemen we dan ook door.' : 'We also go through your own tasks and the borderline cases.');
      } else if (input.ownTasks > 0) {
        parts.push(nl ? 'Je eigen taken nemen we dan ook door.' : 'We also go through your own tasks.');
      } else if (input.considerTasks > 0) {
        parts.push(nl ? 'De twijfelgevallen nemen we dan ook door.' : 'We also go through the borderline cases.');
      }
      return parts.join(' ');
    }),
  };
}

export function accessStep(input: { safeguards: readonly Safeguard[]; nda: boolean; count: number }): {
  title: LocalizedText;
  text: LocalizedText;
} {
  return {
    title: both('Toegang en afspraken', 'Access and agreements'),
    text: perLocale((locale) => {
      const nl = locale === 'nl';
      const parts: string[] = [];
      if (input.safeguards.length > 0) {
        const list = andList(input.safeguards.map((s) => SAFEGUARD_TEXT[s].short[locale]), locale);
        parts.push(
          nl
            ? `Voor ${input.count === 1 ? 'de eerste taak' : 'de eerste taken'} regelen we het netjes: ${list}.`
            : `For ${input.count === 1 ? 'the first task' : 'the first tasks'} we set things up properly: ${list}.`,
        );
      } else {
        parts.push(
          nl
            ? `${input.count === 1 ? 'De eerste taak vraagt' : 'De eerste taken vragen'} geen gevoelige toegang: een korte briefing is genoeg.`
            : `${input.count === 1 ? 'The first task needs' : 'The first tasks need'} no sensitive access: a short brief is enough.`,
        );
      }
      if (input.nda) parts.push(nl ? 'Ook teken ik de geheimhoudingsverklaring.' : 'I also sign the non-disclosure agreement.');
      return parts.join(' ');
    }),
  };
}

export function firstTaskStep(input: {
  count: number;
  explaining: boolean;
  frequency: UpdateFrequency;
  channels: readonly Channel[];
  trial: boolean;
}): { title: LocalizedText; text: LocalizedText } {
  return {
    title: input.count === 1 ? both('De eerste taak', 'The first task') : both('De eerste taken', 'The first tasks'),
    text: perLocale((locale) => {
      const nl = locale === 'nl';
      const parts = [
        input.explaining
          ? nl
            ? 'De eerste keer doen we het samen via schermdelen; daarna schrijf ík de checklist.'
            : 'The first time we do it together over screen share; then I write the checklist.'
          : nl
            ? 'Na een korte briefing ga ik aan de slag.'
            : 'After a short brief I get going.',
        nl
          ? `Je krijgt ${FREQUENCY[input.frequency].nl} een update ${channelList(input.channels, 'nl')}.`
          : `You get an update ${FREQUENCY[input.frequency].en}, ${channelList(input.channels, 'en')}.`,
      ];
      if (input.trial) parts.unshift(nl ? 'Dit is je proefopdracht.' : 'This is your trial task.');
      return parts.join(' ');
    }),
  };
}

export function reviewStep(input: { decideThen: boolean; cost: boolean }): { title: LocalizedText; text: LocalizedText } {
  return {
    title: both('Eerste evaluatie', 'First review'),
    text: perLocale((locale) => {
      const nl = locale === 'nl';
      const parts = [nl ? 'We kijken samen terug: gaat het zoals jij wilt, en wat mag erbij?' : 'We look back together: is it going the way you want, and what can join?'];
      if (input.cost) parts.push(nl ? 'Je ziet precies waar je uren naartoe gingen.' : 'You see exactly where your hours went.');
      if (input.decideThen) parts.push(nl ? 'Pas dan beslis je of we doorgaan.' : 'Only then do you decide whether we carry on.');
      return parts.join(' ');
    }),
  };
}

export function nextStep(input: { nextTasks: number; needsOnboarding: boolean }): { title: LocalizedText; text: LocalizedText } {
  return {
    title: both('Wat erbij komt', 'What joins next'),
    text: perLocale((locale) => {
      const nl = locale === 'nl';
      if (input.nextTasks === 0) {
        return nl
          ? 'Loopt het goed, dan kijken we samen wat er nog meer van je bord kan.'
          : "If it runs well, we look together at what else can come off your plate.";
      }
      return input.needsOnboarding
        ? nl
          ? 'Loopt de start soepel, dan komen deze taken erbij. Wat uitleg vraagt, doen we eerst één keer samen.'
          : 'Once the start runs smoothly, these tasks join. Whatever needs explaining we do together once first.'
        : nl
          ? 'Loopt de start soepel, dan komen deze taken erbij.'
          : 'Once the start runs smoothly, these tasks join.';
    }),
  };
}
