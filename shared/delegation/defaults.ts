import type { VaSettings } from './va-settings.ts';

/**
 * What a new VA account starts with; she changes all of it in the back office.
 * Rate and prices are excl. BTW. The trust texts speak as the VA ("ik") to the prospect ("je").
 */

export const DEFAULT_VA_RATE_CENTS = 47_50;
export const DEFAULT_BRIEFING_SHARE_PERCENT = 10;

export const DEFAULT_VA_SETTINGS: VaSettings = {
  vaRateCents: DEFAULT_VA_RATE_CENTS,
  // A small discount per hour for bigger bundles: €47.50, €46.25, €45.00 and €44.00 an hour.
  packages: [
    { hoursPerMonth: 8, priceCents: 380_00 },
    { hoursPerMonth: 16, priceCents: 740_00 },
    { hoursPerMonth: 24, priceCents: 1_080_00 },
    { hoursPerMonth: 40, priceCents: 1_760_00 },
  ],
  offers: {
    // A little under her hourly rate: a first impression should not be a gamble.
    trialTask: {
      description: {
        nl: 'Eén taak van je lijst, van begin tot eind door mij gedaan',
        en: 'One task from your list, done by me from start to finish',
      },
      hours: 3,
      priceCents: 120_00,
    },
    // Paid up front, used as needed: €49, €47.50 and €46 an hour.
    prepaidBundles: [
      { hours: 5, priceCents: 245_00, validMonths: 3 },
      { hours: 10, priceCents: 475_00, validMonths: 6 },
      { hours: 20, priceCents: 920_00, validMonths: 12 },
    ],
  },
  briefingSharePercent: DEFAULT_BRIEFING_SHARE_PERCENT,
  trustTexts: {
    control: {
      title: { nl: 'Jij houdt het overzicht', en: 'You stay in control' },
      steps: [
        {
          nl: 'We werken vanuit één gedeelde takenlijst, dus je ziet altijd waar ik mee bezig ben.',
          en: "We work from one shared task list, so you can always see what I'm working on.",
        },
        {
          nl: 'Alles wat ik namens jou verstuur of regel, kun je terugvinden: niets gebeurt buiten jouw zicht.',
          en: 'Everything I send or arrange on your behalf is there for you to find: nothing happens out of your sight.',
        },
      ],
    },
    explaining: {
      title: { nl: 'Je legt het maar één keer uit', en: 'You only explain it once' },
      steps: [
        {
          nl: 'De eerste keer doen we het samen via schermdelen: jij laat zien hoe je het doet, ik kijk mee en stel vragen.',
          en: 'The first time we do it together over screen share: you show me how you do it, I watch and ask questions.',
        },
        {
          nl: 'Daarna schrijf ík de checklist; jij leest hem alleen even na.',
          en: 'Then I write the checklist; all you do is read it through.',
        },
        {
          nl: 'Vanaf de tweede keer doe ik het zelfstandig. Twijfel ik ergens over, dan vraag ik het je.',
          en: "From the second time on I do it on my own. If I'm unsure about something, I'll ask you.",
        },
      ],
    },
    confidentiality: {
      title: { nl: 'Je gegevens zijn bij mij veilig', en: 'Your data is safe with me' },
      steps: [
        {
          nl: 'We sluiten een verwerkersovereenkomst, zoals de AVG vraagt zodra ik met persoonsgegevens van jou of je klanten werk.',
          en: "We sign a data processing agreement, as the GDPR requires once I handle personal data of yours or your clients'.",
        },
        {
          nl: 'Wachtwoorden deel je via een wachtwoordmanager, nooit via mail of WhatsApp. Je kunt mijn toegang op elk moment weer intrekken.',
          en: 'You share passwords through a password manager, never by email or WhatsApp, and you can revoke my access at any time.',
        },
        {
          nl: 'Ik teken graag een geheimhoudingsverklaring (NDA) voordat ik iets van je bedrijf te zien krijg.',
          en: "I'm happy to sign a non-disclosure agreement (NDA) before I see anything of your business.",
        },
      ],
    },
    reachability: {
      title: { nl: 'Je weet wanneer en hoe je me bereikt', en: 'You know when and how to reach me' },
      steps: [
        {
          nl: 'We spreken vaste reactietijden af, bijvoorbeeld: op werkdagen heb je binnen vier uur antwoord.',
          en: "We agree on response times, for example: on weekdays you'll hear back within four hours.",
        },
        {
          nl: 'Ben ik een dag vrij, dan weet je dat ruim van tevoren.',
          en: "If I'm taking a day off, you'll know well in advance.",
        },
      ],
    },
    cost: {
      title: { nl: 'Je begint klein en weet vooraf wat het kost', en: 'Start small and know the cost up front' },
      steps: [
        {
          nl: 'Je ziet elke maand precies aan welke taken je uren zijn besteed.',
          en: 'Each month you see exactly which tasks your hours went into.',
        },
        {
          nl: 'Je zit niet vast aan een langlopend contract: je schaalt per maand op of af.',
          en: "You're not tied to a long contract: you scale up or down month by month.",
        },
      ],
    },
    'bad-experience': {
      title: { nl: 'Eerst zien, dan beslissen', en: 'See it first, then decide' },
      steps: [
        {
          nl: 'Na een maand evalueren we samen: wat gaat goed, wat kan beter, en gaan we door?',
          en: 'After a month we review it together: what works, what could be better, and do we carry on?',
        },
        {
          nl: 'Vertel me gerust wat er de vorige keer misging, dan maken we daar vooraf afspraken over.',
          en: 'Do tell me what went wrong last time, so we can agree up front how to avoid it.',
        },
      ],
    },
  },
};
