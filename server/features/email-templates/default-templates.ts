import type { TemplateData } from './email-templates.repository.ts';

/**
 * The follow-up templates a new installation starts with, under fixed ids (so that two processes
 * installing them at once end up with one set). Both schedules are off until the VA switches them
 * on. The e-mail around the text adds a button to the prospect's result, her signature and the
 * unsubscribe link, so the texts do not repeat those.
 */
export const DEFAULT_TEMPLATES: (TemplateData & { id: string; position: number })[] = [
  {
    id: 'default-after-3-days',
    position: 0,
    name: 'Na 3 dagen',
    scheduleEnabled: false,
    scheduleDelayDays: 3,
    subjectNl: '{{firstName}}, heb je je uitslag al kunnen bekijken?',
    bodyNl: [
      'Hoi {{firstName}},',
      'Een paar dagen geleden vulde je mijn delegatiescan in. Daar kwam uit dat je zo’n {{hoursFreed}} per maand terug kunt krijgen door werk uit handen te geven.',
      'Hier zou ik als eerste mee beginnen: {{topTasks}}.',
      'Heb je je uitslag al rustig kunnen bekijken? Ik denk graag met je mee over een eerste stap, helemaal vrijblijvend. Plan hier een kennismaking op een moment dat jou uitkomt: {{bookingLink}}',
      'Liever eerst iets vragen? Beantwoord gewoon deze e-mail.',
    ].join('\n\n'),
    subjectEn: '{{firstName}}, have you had a chance to look at your results?',
    bodyEn: [
      'Hi {{firstName}},',
      'A few days ago you took my delegation scan. It showed that handing over some of your work could give you back about {{hoursFreed}} a month.',
      'This is where I’d start: {{topTasks}}.',
      'Have you had a chance to go through your results? I’d be happy to think through a first step with you, with no obligation at all. Book an introductory call at a time that suits you: {{bookingLink}}',
      'Would you rather ask something first? Just reply to this email.',
    ].join('\n\n'),
  },
  {
    id: 'default-after-10-days',
    position: 1,
    name: 'Na 10 dagen',
    scheduleEnabled: false,
    scheduleDelayDays: 10,
    subjectNl: 'Zullen we klein beginnen, {{firstName}}?',
    bodyNl: [
      'Hoi {{firstName}},',
      'Ruim een week geleden vulde je mijn delegatiescan in. Misschien is het er nog niet van gekomen om er iets mee te doen, en dat snap ik heel goed: juist als je het druk hebt, schiet zoiets erbij in.',
      'Loslaten is vaak het lastigste deel. Daarom begin ik het liefst klein, met één van deze taken: {{topTasks}}. We maken duidelijke afspraken, je houdt overzicht, en je merkt snel of het bevalt. Zonder dat je meteen alles uit handen hoeft te geven.',
      'Zin om dat samen te proberen? Plan een kennismaking: {{bookingLink}}',
      'Komt het nu niet uit? Dan is dat ook helemaal goed. Je uitslag blijft voor je klaarstaan.',
    ].join('\n\n'),
    subjectEn: 'Shall we start small, {{firstName}}?',
    bodyEn: [
      'Hi {{firstName}},',
      'You took my delegation scan just over a week ago. Perhaps you haven’t got round to doing anything with it yet, and I completely understand: when you’re busy, this kind of thing is the first to slip.',
      'Letting go is often the hardest part. That’s why I like to start small, with one of these tasks: {{topTasks}}. We agree clearly on how we work, you keep the overview, and you’ll soon find out whether it suits you, without handing everything over at once.',
      'Would you like to try that together? Book an introductory call: {{bookingLink}}',
      'Not the right moment? That’s absolutely fine too. Your results will be waiting for you.',
    ].join('\n\n'),
  },
  {
    id: 'default-personal',
    position: 2,
    name: 'Persoonlijke follow-up',
    scheduleEnabled: false,
    scheduleDelayDays: null,
    subjectNl: 'Je delegatiescan, {{firstName}}',
    bodyNl: [
      'Hoi {{firstName}},',
      'Dank je wel dat je mijn delegatiescan hebt ingevuld! Ik heb je uitslag met aandacht bekeken. Je kunt zo’n {{hoursFreed}} per maand vrijmaken, en ik zou beginnen met {{topTasks}}.',
      'Ik denk graag met je mee over hoe we dat aanpakken: in jouw tempo, en met afspraken waar jij je prettig bij voelt. Zullen we even bellen? Kies hier een moment: {{bookingLink}}',
      'Heb je eerst nog vragen? Beantwoord gerust deze e-mail.',
    ].join('\n\n'),
    subjectEn: 'Your delegation scan, {{firstName}}',
    bodyEn: [
      'Hi {{firstName}},',
      'Thank you for taking my delegation scan! I’ve had a good look at your results. You could free up about {{hoursFreed}} a month, and I’d start with {{topTasks}}.',
      'I’d love to think with you about how to go about it: at your pace, and with agreements you feel comfortable with. Shall we have a quick call? Pick a time here: {{bookingLink}}',
      'Any questions first? Feel free to reply to this email.',
    ].join('\n\n'),
  },
];
