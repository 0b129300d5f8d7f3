import type { TrustTexts } from '#shared/delegation/va-settings.ts';

/**
 * The trust texts the app shipped with until December 2026. Two of their steps promised what the
 * advice now decides per prospect ("we start with one task", "every week an update", "a prepaid
 * bundle", "a trial task"), so a VA who saved her settings without changing a text gets the new
 * default for that concern (settings.service.ts); a text she changed stays hers.
 */
export const TRUST_TEXTS_UNTIL_2026_12: TrustTexts = {
  control: {
    title: { nl: 'Jij houdt het overzicht', en: 'You stay in control' },
    steps: [
      {
        nl: 'We beginnen met één taak. Pas als die soepel loopt, komt de volgende erbij.',
        en: 'We start with one task. Only when that runs smoothly do we add the next one.',
      },
      {
        nl: 'Je krijgt elke week een korte update: wat er klaar is, wat er loopt en waar ik jou nog voor nodig heb.',
        en: "Every week you get a short update: what's done, what's in progress and where I still need you.",
      },
      {
        nl: 'We werken vanuit één gedeelde takenlijst, dus je ziet altijd waar ik mee bezig ben.',
        en: "We work from one shared task list, so you can always see what I'm working on.",
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
        nl: 'We kiezen samen de kanalen: wat via de mail gaat, wat via WhatsApp of het takenbord, en wanneer je me gewoon belt.',
        en: 'We choose the channels together: what goes by email, what by WhatsApp or the task board, and when you simply call me.',
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
        nl: 'Je start met een kleine prepaid urenbundel, zonder langlopend contract.',
        en: 'You start with a small prepaid bundle of hours, with no long-term contract.',
      },
      {
        nl: 'Je ziet elke maand precies aan welke taken je uren zijn besteed.',
        en: 'Each month you see exactly which tasks your hours went into.',
      },
      {
        nl: 'Is de bundel op, dan bekijken we samen of het je oplevert wat je ervan verwachtte.',
        en: 'When the bundle is used up, we look together at whether it gave you what you hoped for.',
      },
    ],
  },
  'bad-experience': {
    title: { nl: 'Eerst zien, dan beslissen', en: 'See it first, then decide' },
    steps: [
      {
        nl: 'We beginnen met een proefopdracht, zodat je ziet hoe ik werk voordat je ergens aan vastzit.',
        en: "We begin with a trial task, so you see how I work before you're tied to anything.",
      },
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
};
