import type { Catalogue, CatalogueCategory, CatalogueTask } from './catalogue-types.ts';
import { ACCESS_KINDS, LEVELS, RISKS } from '../schemas/result.ts';
import { ACCESS } from './access.ts';

/**
 * The default task catalogue a new VA starts with. She can disable, add and tune tasks in the
 * back office; every change gets a new `version`, and the version is stored with each intake.
 * Version 2 (engine 2.0.0) adds what Dutch freelancers hand over in practice (bookkeeping in their
 * package, the hours criterion, LinkedIn, freelance platforms, the Google Business Profile,
 * onboarding clients, course platforms, private admin, bills to pay) and gives every task the
 * access it needs; task ids of version 1 are kept, so old answers and drafts still fit.
 *
 * How the numbers were chosen:
 * - delegability (0–100): how well a remote VA can do it without the owner. Routine,
 *   rule-based work (scheduling, formatting, collecting) 80–90; work that needs the owner's
 *   voice or judgement (content, complaints, quotes) 45–65.
 * - setupEffort: `low` when a short brief is enough; `medium` when it needs a walkthrough,
 *   templates or tone of voice; `high` when it needs real knowledge of the business. Only `low`
 *   tasks are quick wins (bucket now).
 * - access: what the VA needs to get at (access.ts). It sets sensitivity and risk, so tasks
 *   that need the same access (the calendar for agenda management and for scheduling meetings)
 *   are equally sensitive; catalogueProblems checks it. Sensitivity adds trust steps, it does
 *   not hold a quick win back; a risk (moving money, passwords, bulk personal data) does: such a
 *   task waits for onboarding and starts read-only or four-eyes.
 * - vaEfficiencyPercent: VA minutes per 100 owner minutes. Work a VA does every day goes faster
 *   (75–85); work bound to the clock (minutes, phone, webinars) saves nothing (90–100).
 *
 * Task ids must not start with `custom-`: the engine uses `custom-<n>` for own tasks.
 */

export const DEFAULT_CATALOGUE_VERSION = '2026.12-2';

const categories = [
  { id: 'email-agenda', label: { nl: 'E-mail & agenda', en: 'Email & calendar' } },
  {
    id: 'admin-invoicing',
    label: { nl: 'Administratie, facturatie & boekhouding', en: 'Admin, invoicing & bookkeeping prep' },
  },
  { id: 'customer-contact', label: { nl: 'Klantcontact & telefoon', en: 'Customer contact & phone' } },
  {
    id: 'social-newsletters',
    label: { nl: 'Social media & nieuwsbrieven', en: 'Social media & newsletters' },
  },
  // Dutch uses the English words here too; the label is the same in both languages on purpose.
  { id: 'website-tools', label: { nl: 'Website & online tools', en: 'Website & online tools' } },
  { id: 'research-organising', label: { nl: 'Onderzoek & organiseren', en: 'Research & organising' } },
  { id: 'events-travel', label: { nl: 'Evenementen & reizen', en: 'Events & travel' } },
  {
    id: 'documents-correspondence',
    label: { nl: 'Documenten, notulen & correspondentie', en: 'Documents, minutes & correspondence' },
  },
] as const satisfies readonly CatalogueCategory[];

type CategoryId = (typeof categories)[number]['id'];
type DefaultTask = CatalogueTask & { categoryId: CategoryId };

const tasks: readonly DefaultTask[] = [
  // ── E-mail & agenda ────────────────────────────────────────────────────────────────
  {
    id: 'inbox-triage',
    categoryId: 'email-agenda',
    label: { nl: 'Inbox bijhouden en sorteren', en: 'Inbox triage' },
    hint: {
      nl: 'Je mail sorteren, labelen en opruimen, zodat alleen overblijft wat echt jouw aandacht nodig heeft.',
      en: 'Sorting, labelling and clearing your email so that only what really needs you is left.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'routine-email-replies',
    categoryId: 'email-agenda',
    label: { nl: 'Standaardmails beantwoorden', en: 'Answering routine emails' },
    hint: {
      nl: 'Veelgestelde vragen, bevestigingen en doorverwijzingen afhandelen met antwoorden die we samen opstellen.',
      en: 'Handling common questions, confirmations and referrals with replies we draft together.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'calendar-management',
    categoryId: 'email-agenda',
    label: { nl: 'Agendabeheer', en: 'Managing your calendar' },
    hint: {
      nl: 'Afspraken inplannen, verzetten en bevestigen, zodat je agenda klopt en je nooit dubbel geboekt staat.',
      en: 'Booking, moving and confirming appointments so your calendar is right and never double-booked.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'calendar',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'meeting-scheduling',
    categoryId: 'email-agenda',
    label: { nl: 'Afspraken plannen met klanten', en: 'Scheduling meetings with clients' },
    hint: {
      nl: 'Het heen-en-weer gemail over een geschikt moment, inclusief uitnodiging en videolink.',
      en: 'All the back-and-forth about a suitable time, including the invite and video link.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'calendar',
    risk: 'none',
    vaEfficiencyPercent: 70,
  },
  {
    id: 'email-templates',
    categoryId: 'email-agenda',
    label: { nl: 'Mailsjablonen maken', en: 'Creating email templates' },
    hint: {
      nl: 'Je mails die steeds terugkomen omzetten in sjablonen, zodat antwoorden voortaan in een paar klikken gaat.',
      en: 'Turning the emails you keep writing into templates, so replying takes a few clicks from now on.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'email-follow-up',
    categoryId: 'email-agenda',
    label: { nl: 'Opvolgen en herinneren', en: 'Following up and chasing replies' },
    hint: {
      nl: 'Bijhouden op welke mails je nog antwoord krijgt en op tijd vriendelijk navragen.',
      en: 'Keeping track of which emails are still awaiting a reply and chasing them politely in time.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'inbox-clean-up',
    categoryId: 'email-agenda',
    label: { nl: 'Volle inbox in één keer opruimen', en: 'Clearing an overflowing inbox' },
    hint: {
      nl: 'Afmelden voor mailinglijsten, archiveren en mappen aanleggen: een frisse start voor je inbox.',
      en: 'Unsubscribing from mailing lists, archiving and setting up folders: a fresh start for your inbox.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },

  // ── Administratie, facturatie & boekhouding ────────────────────────────────────────
  {
    id: 'invoicing',
    categoryId: 'admin-invoicing',
    label: { nl: 'Facturen maken en versturen', en: 'Creating and sending invoices' },
    hint: {
      nl: 'Facturen opmaken in je boekhoudpakket op basis van je uren of afspraken, en ze op tijd versturen.',
      en: 'Drawing up invoices in your accounting software from your hours or agreements, and sending them on time.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'payment-reminders',
    categoryId: 'admin-invoicing',
    label: { nl: 'Betalingsherinneringen sturen', en: 'Sending payment reminders' },
    hint: {
      nl: 'Openstaande facturen in de gaten houden en klanten vriendelijk maar duidelijk herinneren.',
      en: 'Keeping an eye on unpaid invoices and reminding clients in a friendly but clear way.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'receipts-collection',
    categoryId: 'admin-invoicing',
    label: { nl: 'Bonnetjes en inkoopfacturen verzamelen', en: 'Collecting receipts and purchase invoices' },
    hint: {
      nl: 'Bonnetjes en facturen ophalen, logisch benoemen en klaarzetten voor je boekhouder of boekhoudpakket.',
      en: 'Gathering receipts and invoices, naming them sensibly and getting them ready for your accountant or software.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'bank-reconciliation',
    categoryId: 'admin-invoicing',
    label: { nl: 'Banktransacties koppelen', en: 'Matching bank transactions' },
    hint: {
      nl: 'Betalingen in je boekhoudpakket aan de juiste facturen en bonnetjes koppelen.',
      en: 'Matching payments in your accounting software to the right invoices and receipts.',
    },
    delegability: 75,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'vat-return-prep',
    categoryId: 'admin-invoicing',
    label: { nl: 'Btw-aangifte voorbereiden', en: 'Preparing the VAT return' },
    hint: {
      nl: 'Alles klaarzetten voor de btw-aangifte, zodat jij of je boekhouder alleen nog hoeft te controleren en in te dienen.',
      en: 'Getting everything ready for the VAT return, so you or your accountant only need to check and file it.',
    },
    delegability: 70,
    setupEffort: 'high',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'quotes',
    categoryId: 'admin-invoicing',
    label: { nl: 'Offertes opmaken', en: 'Preparing quotes' },
    hint: {
      nl: 'Offertes in je huisstijl opmaken op basis van jouw prijzen en afspraken; jij kijkt mee voordat ze de deur uitgaan.',
      en: 'Drafting quotes in your house style from your prices and agreements; you check them before they go out.',
    },
    delegability: 65,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'timesheets',
    categoryId: 'admin-invoicing',
    label: { nl: 'Urenregistratie bijwerken', en: 'Keeping timesheets up to date' },
    hint: {
      nl: 'Je gewerkte uren per klant of project bijwerken en klaarzetten voor de facturatie.',
      en: 'Updating the hours you worked per client or project and getting them ready for invoicing.',
    },
    delegability: 75,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'time-tracking',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'subscriptions-overview',
    categoryId: 'admin-invoicing',
    label: { nl: 'Overzicht van abonnementen en contracten', en: 'Overview of subscriptions and contracts' },
    hint: {
      nl: 'Op een rij zetten welke abonnementen en contracten je hebt, wat ze kosten en wanneer je kunt opzeggen.',
      en: 'Listing your subscriptions and contracts, what they cost and when you can cancel them.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },

  {
    id: 'bookkeeping-upkeep',
    categoryId: 'admin-invoicing',
    label: { nl: 'Boekhouding bijwerken in je boekhoudpakket', en: 'Keeping your books in your accounting software' },
    hint: {
      nl: 'Facturen en bonnetjes inboeken in Moneybird, e-Boekhouden, Jortt of SnelStart, zodat je cijfers altijd kloppen.',
      en: 'Entering invoices and receipts in Moneybird, e-Boekhouden, Jortt or SnelStart, so your figures are always right.',
    },
    delegability: 85,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'hours-criterion',
    categoryId: 'admin-invoicing',
    label: { nl: 'Uren bijhouden voor het urencriterium', en: 'Logging your hours for the hours criterion' },
    hint: {
      nl: 'Je gewerkte uren bijhouden en onderbouwen, zodat je de 1.225 uur voor je zelfstandigenaftrek kunt aantonen.',
      en: 'Keeping a record of the hours you work, so you can show the 1,225 hours the Dutch self-employed deduction asks for.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'time-tracking',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'bill-payments',
    categoryId: 'admin-invoicing',
    label: { nl: 'Rekeningen klaarzetten voor betaling', en: 'Preparing bills for payment' },
    hint: {
      nl: 'Inkoopfacturen controleren en als betaalopdracht klaarzetten; jij keurt ze goed in je bankapp.',
      en: 'Checking incoming bills and preparing them as a payment batch; you approve them in your banking app.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'bank',
    risk: 'moves-money',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'private-admin',
    categoryId: 'admin-invoicing',
    label: { nl: 'Privéadministratie naast je bedrijf', en: 'Your private admin alongside the business' },
    hint: {
      nl: 'Post, verzekeringen, toeslagen en de papieren voor je aangifte op orde, zodat ook thuis niets blijft liggen.',
      en: 'Post, insurance, allowances and the papers for your tax return in order, so nothing piles up at home either.',
    },
    delegability: 75,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'private-admin',
    risk: 'personal-data',
    vaEfficiencyPercent: 85,
  },
  // ── Klantcontact & telefoon ────────────────────────────────────────────────────────
  {
    id: 'phone-answering',
    categoryId: 'customer-contact',
    label: { nl: 'Telefoon aannemen', en: 'Answering your phone' },
    hint: {
      nl: 'Je doorgeschakelde telefoon opnemen op vaste tijden, berichten noteren en terugbelafspraken maken.',
      en: 'Picking up your forwarded phone at set times, taking messages and arranging call-backs.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'phone',
    risk: 'none',
    vaEfficiencyPercent: 90,
  },
  {
    id: 'customer-enquiries',
    categoryId: 'customer-contact',
    label: { nl: 'Vragen van klanten beantwoorden', en: 'Answering customer questions' },
    hint: {
      nl: 'Vragen via mail, chat of contactformulier afhandelen, en doorzetten wat echt bij jou hoort.',
      en: 'Handling questions by email, chat or contact form, and passing on what really needs you.',
    },
    delegability: 75,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'crm-upkeep',
    categoryId: 'customer-contact',
    label: { nl: 'Klantgegevens bijhouden (CRM)', en: 'Keeping client records up to date (CRM)' },
    hint: {
      nl: 'Contactgegevens, gesprekken en afspraken vastleggen, zodat je altijd weet waar je met iemand staat.',
      en: 'Recording contact details, conversations and agreements, so you always know where you stand with someone.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'appointment-reminders',
    categoryId: 'customer-contact',
    label: { nl: 'Afspraakbevestigingen en herinneringen', en: 'Appointment confirmations and reminders' },
    hint: {
      nl: 'Klanten hun afspraak laten bevestigen en een dag vooraf herinneren, voor minder no-shows.',
      en: 'Having clients confirm their appointment and reminding them the day before, for fewer no-shows.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'calendar',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'lead-follow-up',
    categoryId: 'customer-contact',
    label: { nl: 'Nieuwe aanvragen opvolgen', en: 'Following up new enquiries' },
    hint: {
      nl: 'Snel reageren op nieuwe aanvragen, een kennismaking inplannen en bijhouden wie nog iets van je hoort.',
      en: 'Responding quickly to new enquiries, booking an intro call and tracking who is still waiting to hear from you.',
    },
    delegability: 70,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'reviews',
    categoryId: 'customer-contact',
    label: { nl: 'Reviews en testimonials verzamelen', en: 'Collecting reviews and testimonials' },
    hint: {
      nl: 'Tevreden klanten om een review vragen en de mooiste reacties verzamelen voor je website.',
      en: 'Asking happy clients for a review and gathering the best ones for your website.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'complaints',
    categoryId: 'customer-contact',
    label: { nl: 'Klachten afhandelen', en: 'Handling complaints' },
    hint: {
      nl: 'Klachten netjes ontvangen, uitzoeken wat er speelt en met jouw akkoord een oplossing voorstellen.',
      en: 'Receiving complaints with care, finding out what happened and proposing a solution you approve.',
    },
    delegability: 45,
    setupEffort: 'high',
    sensitivity: 'medium',
    access: 'mailbox',
    risk: 'none',
    vaEfficiencyPercent: 90,
  },

  {
    id: 'client-onboarding',
    categoryId: 'customer-contact',
    label: { nl: 'Nieuwe klanten onboarden', en: 'Onboarding new clients' },
    hint: {
      nl: 'Welkomstmail, overeenkomst, intakeformulier en eerste afspraak: elke nieuwe klant krijgt dezelfde goede start.',
      en: 'Welcome email, agreement, intake form and first appointment: every new client gets the same good start.',
    },
    delegability: 85,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  // ── Social media & nieuwsbrieven ───────────────────────────────────────────────────
  {
    id: 'social-scheduling',
    categoryId: 'social-newsletters',
    label: { nl: 'Social media-posts inplannen', en: 'Scheduling social media posts' },
    hint: {
      nl: 'Je posts klaarzetten in een planningstool, met passende hashtags en op de momenten dat je volgers online zijn.',
      en: 'Queueing your posts in a scheduling tool, with fitting hashtags and at the times your followers are online.',
    },
    delegability: 85,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'social',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'social-content',
    categoryId: 'social-newsletters',
    label: { nl: 'Posts maken (tekst en beeld)', en: 'Creating posts (copy and visuals)' },
    hint: {
      nl: 'Posts schrijven en vormgeven in Canva, in jouw tone of voice en huisstijl.',
      en: 'Writing and designing posts in Canva, in your tone of voice and brand style.',
    },
    delegability: 60,
    setupEffort: 'high',
    sensitivity: 'medium',
    access: 'social',
    risk: 'none',
    vaEfficiencyPercent: 90,
  },
  {
    id: 'social-engagement',
    categoryId: 'social-newsletters',
    label: { nl: 'Reageren op reacties en berichten', en: 'Replying to comments and messages' },
    hint: {
      nl: "Reacties en DM's beantwoorden of aan jou doorgeven, zodat niemand lang op antwoord wacht.",
      en: 'Answering comments and DMs, or passing them to you, so nobody waits long for a reply.',
    },
    delegability: 60,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'social',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'newsletter',
    categoryId: 'social-newsletters',
    label: { nl: 'Nieuwsbrief opmaken en versturen', en: 'Building and sending your newsletter' },
    hint: {
      nl: 'Jouw tekst in Mailchimp, MailerLite of Laposta zetten, testen en op het juiste moment versturen.',
      en: 'Putting your copy into Mailchimp, MailerLite or Laposta, testing it and sending it at the right moment.',
    },
    delegability: 85,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'mailing-list',
    categoryId: 'social-newsletters',
    label: { nl: 'Mailinglijst bijhouden', en: 'Maintaining your mailing list' },
    hint: {
      nl: 'Nieuwe inschrijvers verwerken, afmeldingen netjes afhandelen en je lijst schoon houden.',
      en: 'Adding new subscribers, handling unsubscribes properly and keeping your list clean.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'content-calendar',
    categoryId: 'social-newsletters',
    label: { nl: 'Contentkalender bijhouden', en: 'Keeping a content calendar' },
    hint: {
      nl: 'Een overzicht van wat je wanneer post of mailt, zodat je nooit meer met een leeg scherm begint.',
      en: 'An overview of what you post or send when, so you never start from a blank page again.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'monthly-stats',
    categoryId: 'social-newsletters',
    label: { nl: 'Maandcijfers op een rij', en: 'Monthly statistics report' },
    hint: {
      nl: 'Elke maand overzichtelijk maken hoe je posts, nieuwsbrief en website het doen.',
      en: 'A clear monthly summary of how your posts, newsletter and website are performing.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'analytics',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },

  {
    id: 'linkedin',
    categoryId: 'social-newsletters',
    label: { nl: 'LinkedIn bijhouden', en: 'Keeping up your LinkedIn' },
    hint: {
      nl: 'Posts inplannen, reageren en connectieverzoeken opvolgen, zodat je zichtbaar blijft zonder er elke dag in te duiken.',
      en: 'Scheduling posts, replying and following up connection requests, so you stay visible without checking in every day.',
    },
    delegability: 70,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'social',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  // ── Website & online tools ─────────────────────────────────────────────────────────
  {
    id: 'website-updates',
    categoryId: 'website-tools',
    label: { nl: 'Website bijwerken', en: 'Updating your website' },
    hint: {
      nl: "Teksten, foto's, prijzen en je agenda op je (WordPress-)site actueel houden.",
      en: 'Keeping the copy, photos, prices and dates on your (WordPress) site up to date.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'website',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'blog-publishing',
    categoryId: 'website-tools',
    label: { nl: 'Blogs plaatsen', en: 'Publishing blog posts' },
    hint: {
      nl: 'Jouw blogtekst opmaken, voorzien van beeld en de SEO-basis, en inplannen op je website.',
      en: 'Formatting your blog post, adding images and the SEO basics, and scheduling it on your site.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'website',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'webshop-orders',
    categoryId: 'website-tools',
    label: { nl: 'Webshopbestellingen verwerken', en: 'Processing webshop orders' },
    hint: {
      nl: 'Bestellingen, retouren en vragen over de levering afhandelen in je webshop.',
      en: 'Handling orders, returns and delivery questions in your webshop.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'tools-setup',
    categoryId: 'website-tools',
    label: { nl: 'Online tools inrichten', en: 'Setting up online tools' },
    hint: {
      nl: 'Een boekingstool, formulier of projectbord inrichten en koppelen, zodat het daarna vanzelf loopt.',
      en: 'Setting up and connecting a booking tool, form or project board, so it runs by itself afterwards.',
    },
    delegability: 75,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'accounts',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'accounts-passwords',
    categoryId: 'website-tools',
    label: { nl: 'Accounts en wachtwoorden op orde', en: 'Getting accounts and passwords in order' },
    hint: {
      nl: 'Al je accounts in een wachtwoordmanager zetten en bijhouden wie waar toegang toe heeft.',
      en: 'Moving all your accounts into a password manager and keeping track of who has access to what.',
    },
    delegability: 55,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'passwords',
    risk: 'passwords',
    vaEfficiencyPercent: 90,
  },
  {
    id: 'website-check',
    categoryId: 'website-tools',
    label: { nl: 'Maandelijkse websitecheck', en: 'Monthly website check' },
    hint: {
      nl: 'Nalopen of links, formulieren en je contactpagina het nog doen, en je laten weten wat er mis is.',
      en: 'Checking that links, forms and your contact page still work, and letting you know what is broken.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'website',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },

  {
    id: 'google-business-profile',
    categoryId: 'website-tools',
    label: { nl: 'Google Bedrijfsprofiel bijhouden', en: 'Keeping your Google Business Profile' },
    hint: {
      nl: "Openingstijden, foto's en berichten actueel houden en op reviews reageren, zodat je goed gevonden wordt.",
      en: 'Keeping opening hours, photos and posts up to date and replying to reviews, so people find you.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'social',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'course-platform',
    categoryId: 'website-tools',
    label: { nl: 'Je cursus- of communityplatform beheren', en: 'Running your course or community platform' },
    hint: {
      nl: 'Deelnemers toevoegen, modules klaarzetten en vragen in de community beantwoorden, bijvoorbeeld in Kajabi, Circle of Thinkific.',
      en: 'Adding members, preparing modules and answering questions in the community, for example in Kajabi, Circle or Thinkific.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  // ── Onderzoek & organiseren ────────────────────────────────────────────────────────
  {
    id: 'supplier-research',
    categoryId: 'research-organising',
    label: { nl: 'Aanbieders uitzoeken en vergelijken', en: 'Researching and comparing suppliers' },
    hint: {
      nl: 'Uitzoeken wie wat aanbiedt, prijzen en voorwaarden naast elkaar zetten en een voorstel doen.',
      en: 'Finding out who offers what, comparing prices and terms side by side and making a recommendation.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'none',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'market-research',
    categoryId: 'research-organising',
    label: { nl: 'Markt en concurrenten in kaart brengen', en: 'Market and competitor research' },
    hint: {
      nl: 'Uitzoeken wat anderen in jouw vak aanbieden en vragen, helder samengevat.',
      en: 'Finding out what others in your field offer and charge, summed up clearly.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'none',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'file-organising',
    categoryId: 'research-organising',
    label: { nl: 'Digitale mappen ordenen', en: 'Organising your digital files' },
    hint: {
      nl: 'Een logische mappenstructuur opzetten in je Drive, OneDrive of Dropbox en je bestanden erin opruimen.',
      en: 'Setting up a logical folder structure in your Drive, OneDrive or Dropbox and tidying your files into it.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'task-board',
    categoryId: 'research-organising',
    label: { nl: 'Takenlijst en projectbord bijhouden', en: 'Keeping your task list and project board' },
    hint: {
      nl: "Je to-do's en projecten in Trello, Asana of Notion bijwerken, zodat je in één oogopslag ziet wat er loopt.",
      en: 'Updating your to-dos and projects in Trello, Asana or Notion, so you see at a glance what is going on.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'prospect-lists',
    categoryId: 'research-organising',
    label: { nl: 'Adressen- en prospectlijsten opbouwen', en: 'Building contact and prospect lists' },
    hint: {
      nl: 'Gegevens van mogelijke klanten, partners of locaties verzamelen in één overzichtelijk bestand.',
      en: 'Gathering details of potential clients, partners or venues into one tidy spreadsheet.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'none',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'process-documentation',
    categoryId: 'research-organising',
    label: { nl: 'Werkwijzen vastleggen', en: 'Documenting how you work' },
    hint: {
      nl: 'Stap voor stap opschrijven hoe je dingen aanpakt, zodat werk makkelijk over te dragen is.',
      en: 'Writing down step by step how you do things, so work is easy to hand over.',
    },
    delegability: 70,
    setupEffort: 'medium',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 90,
  },

  {
    id: 'freelance-platforms',
    categoryId: 'research-organising',
    label: { nl: 'Opdrachten zoeken op freelanceplatforms', en: 'Finding assignments on freelance platforms' },
    hint: {
      nl: 'Malt, Freelance.nl, Hoofdkraan en de opdrachten op LinkedIn bijhouden en wat bij je past voor je klaarzetten.',
      en: 'Watching Malt, Freelance.nl, Hoofdkraan and LinkedIn assignments, and setting aside the ones that suit you.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'accounts',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  // ── Evenementen & reizen ───────────────────────────────────────────────────────────
  {
    id: 'travel-booking',
    categoryId: 'events-travel',
    label: { nl: 'Reizen en overnachtingen boeken', en: 'Booking travel and accommodation' },
    hint: {
      nl: 'Trein, vlucht en hotel uitzoeken en boeken naar jouw voorkeuren, met een helder reisschema erbij.',
      en: 'Finding and booking trains, flights and hotels to your preferences, with a clear itinerary.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'accounts',
    risk: 'none',
    vaEfficiencyPercent: 75,
  },
  {
    id: 'event-organising',
    categoryId: 'events-travel',
    label: { nl: 'Evenement of workshop organiseren', en: 'Organising an event or workshop' },
    hint: {
      nl: 'Locatie, catering, uitnodigingen en draaiboek regelen, zodat jij je op de inhoud kunt richten.',
      en: 'Arranging the venue, catering, invitations and run sheet, so you can focus on the content.',
    },
    delegability: 80,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'accounts',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'event-registrations',
    categoryId: 'events-travel',
    label: { nl: 'Aanmeldingen en deelnemers beheren', en: 'Managing sign-ups and attendees' },
    hint: {
      nl: 'Aanmeldingen bijhouden, bevestigingen en praktische info sturen en de deelnemerslijst klaarzetten.',
      en: 'Tracking sign-ups, sending confirmations and practical details, and preparing the attendee list.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'client-records',
    risk: 'personal-data',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'venue-research',
    categoryId: 'events-travel',
    label: { nl: 'Locaties zoeken en offertes opvragen', en: 'Finding venues and requesting quotes' },
    hint: {
      nl: 'Passende locaties zoeken, beschikbaarheid checken en de offertes naast elkaar zetten.',
      en: 'Looking for suitable venues, checking availability and putting the quotes side by side.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'none',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'webinar-support',
    categoryId: 'events-travel',
    label: { nl: 'Webinars en online sessies ondersteunen', en: 'Supporting webinars and online sessions' },
    hint: {
      nl: 'Zoom of Teams klaarzetten, deelnemers binnenlaten, de chat bijhouden en de opname delen.',
      en: 'Setting up Zoom or Teams, letting people in, keeping an eye on the chat and sharing the recording.',
    },
    delegability: 75,
    setupEffort: 'medium',
    sensitivity: 'medium',
    access: 'meetings',
    risk: 'none',
    vaEfficiencyPercent: 95,
  },
  {
    id: 'expense-claims',
    categoryId: 'events-travel',
    label: { nl: 'Reis- en onkosten verwerken', en: 'Processing travel and expense claims' },
    hint: {
      nl: 'Tickets, bonnetjes en gereden kilometers verzamelen en verwerken voor je administratie.',
      en: 'Collecting tickets, receipts and mileage and processing them for your books.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'high',
    access: 'bookkeeping',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },

  // ── Documenten, notulen & correspondentie ──────────────────────────────────────────
  {
    id: 'minutes',
    categoryId: 'documents-correspondence',
    label: { nl: 'Notuleren', en: 'Taking minutes' },
    hint: {
      nl: 'Meeluisteren bij je (online) overleg en de notulen en actiepunten uitwerken en rondsturen.',
      en: 'Sitting in on your (online) meetings and writing up and circulating the minutes and action points.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'meetings',
    risk: 'none',
    vaEfficiencyPercent: 100,
  },
  {
    id: 'transcription',
    categoryId: 'documents-correspondence',
    label: { nl: 'Opnames uitwerken', en: 'Transcribing recordings' },
    hint: {
      nl: "Interviews, gesprekken of voicememo's uittypen, of een automatische transcriptie netjes maken.",
      en: 'Typing up interviews, conversations or voice memos, or tidying up an automatic transcript.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'medium',
    access: 'meetings',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'document-formatting',
    categoryId: 'documents-correspondence',
    label: { nl: 'Documenten opmaken', en: 'Formatting documents' },
    hint: {
      nl: 'Rapporten, presentaties en hand-outs netjes in jouw huisstijl zetten.',
      en: 'Laying out reports, presentations and handouts neatly in your house style.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
  {
    id: 'branded-templates',
    categoryId: 'documents-correspondence',
    label: { nl: 'Sjablonen in je huisstijl maken', en: 'Creating branded templates' },
    hint: {
      nl: 'Vaste sjablonen voor brieven, offertes en presentaties, zodat alles er meteen professioneel uitziet.',
      en: 'Ready-made templates for letters, quotes and presentations, so everything looks professional straight away.',
    },
    delegability: 85,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'business-letters',
    categoryId: 'documents-correspondence',
    label: { nl: 'Zakelijke brieven en mails opstellen', en: 'Drafting business letters and emails' },
    hint: {
      nl: 'Brieven en langere mails uitschrijven op basis van jouw steekwoorden; jij geeft het laatste akkoord.',
      en: 'Writing letters and longer emails from your notes; you give the final go-ahead.',
    },
    delegability: 70,
    setupEffort: 'medium',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'proofreading',
    categoryId: 'documents-correspondence',
    label: { nl: 'Teksten nakijken', en: 'Proofreading' },
    hint: {
      nl: 'Je teksten controleren op taal- en typefouten en op leesbaarheid, voordat ze de deur uitgaan.',
      en: 'Checking your texts for spelling, typos and readability before they go out.',
    },
    delegability: 80,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'shared-files',
    risk: 'none',
    vaEfficiencyPercent: 85,
  },
  {
    id: 'cards-gifts',
    categoryId: 'documents-correspondence',
    label: { nl: 'Kaarten en attenties versturen', en: 'Sending cards and small gifts' },
    hint: {
      nl: 'Verjaardags-, bedank- en kerstkaarten of een attentie voor klanten regelen, zodat niemand vergeten wordt.',
      en: 'Taking care of birthday, thank-you and holiday cards or a small gift for clients, so no one is forgotten.',
    },
    delegability: 90,
    setupEffort: 'low',
    sensitivity: 'low',
    access: 'none',
    risk: 'none',
    vaEfficiencyPercent: 80,
  },
];

export const DEFAULT_CATALOGUE: Catalogue = {
  version: DEFAULT_CATALOGUE_VERSION,
  categories,
  tasks,
};

/** The task with this id, or undefined. */
export function findCatalogueTask(catalogue: Catalogue, id: string): CatalogueTask | undefined {
  return catalogue.tasks.find((task) => task.id === id);
}

/** The category with this id, or undefined. */
export function findCatalogueCategory(catalogue: Catalogue, id: string): CatalogueCategory | undefined {
  return catalogue.categories.find((category) => category.id === id);
}

/** Task ids starting with this prefix are reserved for the prospect's own tasks. */
export const CUSTOM_TASK_KEY_PREFIX = 'custom-';

const ID_PATTERN = /^[a-z0-9-]{2,60}$/;
const isLevel = (value: string): boolean => (LEVELS as readonly string[]).includes(value);
const isIntIn = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

/**
 * Everything wrong with a catalogue, as readable English sentences (empty = fine). Use it
 * before storing a catalogue the VA edited; the engine trusts the catalogue it gets.
 */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  if (catalogue.version.trim() === '') problems.push('The catalogue has no version.');
  const categoryIds = new Set<string>();
  for (const category of catalogue.categories) {
    if (!ID_PATTERN.test(category.id)) problems.push(`Category id "${category.id}" is not kebab-case.`);
    if (categoryIds.has(category.id)) problems.push(`Category id "${category.id}" is used twice.`);
    categoryIds.add(category.id);
  }
  const taskIds = new Set<string>();
  for (const task of catalogue.tasks) {
    const at = `Task "${task.id}"`;
    if (!ID_PATTERN.test(task.id)) problems.push(`${at}: id is not kebab-case.`);
    if (task.id.startsWith(CUSTOM_TASK_KEY_PREFIX)) {
      problems.push(`${at}: ids starting with "${CUSTOM_TASK_KEY_PREFIX}" are reserved for own tasks.`);
    }
    if (taskIds.has(task.id)) problems.push(`${at}: id is used twice.`);
    taskIds.add(task.id);
    if (!categoryIds.has(task.categoryId)) problems.push(`${at}: unknown category "${task.categoryId}".`);
    if (!isIntIn(task.delegability, 0, 100)) problems.push(`${at}: delegability must be an integer 0–100.`);
    if (!isLevel(task.setupEffort)) problems.push(`${at}: setupEffort must be low, medium or high.`);
    if (!isLevel(task.sensitivity)) problems.push(`${at}: sensitivity must be low, medium or high.`);
    if (!(ACCESS_KINDS as readonly string[]).includes(task.access)) {
      problems.push(`${at}: unknown access "${task.access}".`);
    } else {
      // Same access, same sensitivity and risk: the trust plan and the chips then agree.
      const expected = ACCESS[task.access];
      if (task.sensitivity !== expected.sensitivity) {
        problems.push(`${at}: access "${task.access}" is ${expected.sensitivity} sensitivity, not ${task.sensitivity}.`);
      }
      if (task.risk !== expected.risk) problems.push(`${at}: access "${task.access}" carries risk ${expected.risk}, not ${task.risk}.`);
    }
    if (!(RISKS as readonly string[]).includes(task.risk)) problems.push(`${at}: unknown risk "${task.risk}".`);
    if (!isIntIn(task.vaEfficiencyPercent, 1, 100)) {
      problems.push(`${at}: vaEfficiencyPercent must be an integer 1–100.`);
    }
    for (const text of [task.label, task.hint]) {
      if (text.nl.trim() === '' || text.en.trim() === '') problems.push(`${at}: a text is empty.`);
    }
  }
  return problems;
}
