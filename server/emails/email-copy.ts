import type { Locale } from '#shared/schemas/common.ts';

/**
 * Every word the e-mails say, one typed table per language. Written as the VA writes to a client:
 * she speaks ("ik"), the prospect is "je". Values arrive formatted ("12,5 uur", "€ 350") and are
 * escaped by the renderer, never here.
 */

/** Whom the e-mails are from while the VA has not set her name: the product, never a made-up person. */
export const NEUTRAL_SENDER_NAME = 'Delegatiescan';

/** A resume link works this long (the sender sets ResumeLink.expiresAt to now + 30 days). */
export const RESUME_LINK_VALID_DAYS = 30;

export type EmailCopy = {
  /** Shared by the prospect e-mails. */
  layout: {
    unsubscribeLead: string;
    unsubscribeLink: string;
  };
  resultLink: {
    subject: string;
    preview: (hours: string) => string;
    previewNothingFreed: string;
    greeting: (firstName: string) => string;
    intro: string;
    freed: (hours: string) => string;
    netGain: (amount: string) => string;
    nothingFreed: string;
    topTasksLead: string;
    button: string;
    keepThisEmail: string;
    bookingLead: string;
    bookingLink: string;
    replyHint: string;
    footerReason: (vaName: string | null) => string;
  };
  followUp: {
    button: string;
    footerReason: (vaName: string | null) => string;
  };
  resumeLink: {
    subject: string;
    preview: (step: number, stepCount: number) => string;
    greeting: string;
    whereYouWere: (step: number, stepCount: number) => string;
    button: string;
    validity: (days: number) => string;
    notYou: string;
    footerReason: (vaName: string | null) => string;
  };
  merge: {
    /** {{topTasks}} for a result with nothing to hand over yet. */
    noTopTasks: string;
  };
};

const nl: EmailCopy = {
  layout: {
    unsubscribeLead: 'Liever geen e-mails meer van me?',
    unsubscribeLink: 'Afmelden',
  },
  resultLink: {
    subject: 'Je delegatiescan staat voor je klaar',
    preview: (hours) => `Zo'n ${hours} per maand terug, en waar je het beste kunt beginnen.`,
    previewNothingFreed: 'Je uitslag staat klaar, met alles wat we samen op een rij hebben gezet.',
    greeting: (firstName) => `Hoi ${firstName},`,
    intro: 'Fijn dat je de tijd nam voor de scan! Je uitslag staat voor je klaar.',
    freed: (hours) => `Als alles wat we samen hebben gevonden eenmaal loopt, krijg je zo'n ${hours} per maand terug.`,
    netGain: (amount) =>
      `Declareer je die uren, dan houd je er na aftrek van de kosten van een VA ongeveer ${amount} per maand aan over.`,
    nothingFreed:
      'Uit je antwoorden blijkt dat je je taken liever zelf houdt. Ook dat is een uitkomst! In je uitslag lees je waarom, en waar misschien toch wat ruimte zit.',
    topTasksLead: 'Hier zou ik als eerste mee beginnen:',
    button: 'Bekijk je uitslag',
    keepThisEmail: 'Bewaar deze e-mail, dan vind je je uitslag later makkelijk terug.',
    bookingLead: 'Zullen we je uitslag samen doornemen?',
    bookingLink: 'Plan een vrijblijvend kennismakingsgesprek',
    replyHint: 'Heb je een vraag? Beantwoord gewoon deze e-mail, dan hoor je snel van me.',
    footerReason: (vaName) => `Je krijgt deze e-mail omdat je de delegatiescan${vaName ? ` van ${vaName}` : ''} hebt ingevuld.`,
  },
  followUp: {
    button: 'Bekijk je uitslag',
    footerReason: (vaName) =>
      `Je krijgt deze e-mail omdat je bij je delegatiescan hebt aangegeven dat ${vaName ?? 'we'} je nog eens ${vaName ? 'mocht' : 'mochten'} mailen.`,
  },
  resumeLink: {
    subject: 'Ga verder met je delegatiescan',
    preview: (step, stepCount) => `Je was bij stap ${step} van ${stepCount}. Met deze link ga je verder waar je gebleven was.`,
    greeting: 'Hoi,',
    whereYouWere: (step, stepCount) =>
      `Je was bij stap ${step} van ${stepCount}. Met de knop hieronder ga je verder waar je gebleven was, ook op een ander apparaat. Je antwoorden staan er nog.`,
    button: 'Ga verder met de scan',
    validity: (days) => `De link werkt ${days} dagen. Daarna wordt je tussenstand automatisch verwijderd.`,
    notYou: 'Heb je deze link niet zelf aangevraagd? Dan kun je deze e-mail gewoon negeren.',
    footerReason: (vaName) => `Je krijgt deze e-mail omdat je in de delegatiescan${vaName ? ` van ${vaName}` : ''} om deze link hebt gevraagd.`,
  },
  merge: {
    noTopTasks: 'de taken uit je scan',
  },
};

const en: EmailCopy = {
  layout: {
    unsubscribeLead: 'Rather not hear from me again?',
    unsubscribeLink: 'Unsubscribe',
  },
  resultLink: {
    subject: 'Your delegation scan results are ready',
    preview: (hours) => `About ${hours} a month back, and where to start.`,
    previewNothingFreed: 'Your results are ready, with everything we put together.',
    greeting: (firstName) => `Hi ${firstName},`,
    intro: 'Thanks for taking the time to do the scan! Your results are ready for you.',
    freed: (hours) => `Once everything we found together is running, you get back about ${hours} a month.`,
    netGain: (amount) => `If you bill those hours, that leaves you about ${amount} a month better off, even after paying a VA.`,
    nothingFreed:
      "Your answers show that you'd rather keep your tasks yourself, and that's a fine outcome too! Your results explain why, and where there might still be some room.",
    topTasksLead: "This is where I'd start:",
    button: 'View your results',
    keepThisEmail: 'Keep this email and you can easily find your results again later.',
    bookingLead: 'Shall we go through your results together?',
    bookingLink: 'Book a free introductory call',
    replyHint: "Any questions? Just reply to this email and I'll get back to you soon.",
    footerReason: (vaName) => `You're receiving this email because you took ${vaName ? `${vaName}'s` : 'the'} delegation scan.`,
  },
  followUp: {
    button: 'View your results',
    footerReason: (vaName) =>
      `You're receiving this email because you said in your delegation scan that a follow-up${vaName ? ` from ${vaName}` : ''} was welcome.`,
  },
  resumeLink: {
    subject: 'Pick up your delegation scan where you left off',
    preview: (step, stepCount) => `You were on step ${step} of ${stepCount}. This link takes you straight back.`,
    greeting: 'Hi there,',
    whereYouWere: (step, stepCount) =>
      `You were on step ${step} of ${stepCount}. The button below takes you back to where you left off, on any device, with your answers still there.`,
    button: 'Continue the scan',
    validity: (days) => `The link works for ${days} days. After that, your saved answers are deleted automatically.`,
    notYou: "Didn't ask for this link? Then you can simply ignore this email.",
    footerReason: (vaName) => `You're receiving this email because you asked for this link in ${vaName ? `${vaName}'s` : 'the'} delegation scan.`,
  },
  merge: {
    noTopTasks: 'the tasks from your scan',
  },
};

export const EMAIL_COPY: Record<Locale, EmailCopy> = { nl, en };

/** The new-intake notice goes to the VA herself, in Dutch (the back office's default language). */
export const VA_NEW_INTAKE_COPY = {
  subject: (name: string, company: string | null) => (company ? `Nieuwe scan van ${name} (${company})` : `Nieuwe scan van ${name}`),
  preview: (name: string, hours: string) => `${name} kan zo'n ${hours} per maand uit handen geven.`,
  heading: 'Er is een nieuwe scan binnen',
  intro: (name: string) => `${name} heeft zojuist je delegatiescan ingevuld. Dit springt eruit:`,
  labels: {
    name: 'Naam',
    email: 'E-mail',
    company: 'Bedrijf',
    freed: 'Tijd die vrijkomt',
    netGain: 'Wat het oplevert',
    topTasks: 'Eerste taken',
    followUpConsent: 'Follow-up-mails',
  },
  perMonth: (value: string) => `${value} per maand`,
  noCompany: 'Niet ingevuld',
  noTopTasks: 'Geen taken om direct over te dragen',
  consentYes: 'Ja, je mag een follow-up sturen',
  consentNo: 'Nee, alleen de uitslag',
  button: 'Open de scan in je back-office',
  footer: 'Dit bericht komt automatisch uit je delegatiescan, elke keer als er een nieuwe scan binnenkomt.',
} as const;
