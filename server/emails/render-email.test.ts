import { describe, expect, test } from 'vitest';
import { MAX_SUBJECT_LENGTH } from '#shared/schemas/email.ts';
import { LOCALES, type Locale } from '#shared/schemas/common.ts';
import { followUpMergeValues } from './email-data.ts';
import type { EmailBranding, RenderedEmail, ResultSummary } from './email-types.ts';
import { LINK_PLACEHOLDERS } from './link-placeholders.ts';
import { renderFollowUpEmail, renderResultLinkEmail, renderResumeLinkEmail, renderVaNewIntakeEmail } from './render-email.ts';

const branding: EmailBranding = {
  vaName: 'Marloes Bakker',
  logoUrl: null,
  brandColor: '#1d4ed8',
  signature: 'Hartelijke groet,\nMarloes Bakker\nVirtueel assistent',
  replyEmail: 'marloes@example.nl',
  bookingUrl: 'https://cal.example.nl/marloes/kennismaken',
};

const summary: ResultSummary = {
  firstName: 'Zoë',
  freedMinutesPerMonth: 750,
  netGainCentsPerMonth: 350_00,
  topTasks: ['Afspraken plannen', 'Facturen maken', 'Mailsjablonen maken'],
};

const intake = {
  name: 'Zoë de Vries',
  email: 'zoe@example.nl',
  company: 'Zoë Coaching',
  freedMinutesPerMonth: 750,
  netGainCentsPerMonth: 350_00,
  topTasks: summary.topTasks,
  followUpConsent: true,
};
const adminUrl = 'https://scan.example.nl/admin/intakes/abc123';

const FOLLOW_UP = {
  nl: {
    subject: '{{firstName}}, nog even over je {{hoursFreed}}',
    body: 'Hoi {{firstName}},\n\nJe kunt zo\'n {{hoursFreed}} per maand winnen met {{topTasks}}.\nPlan hier een moment: {{bookingLink}}.\n\nGroetjes!',
  },
  en: {
    subject: '{{firstName}}, about your {{hoursFreed}}',
    body: 'Hi {{firstName}},\n\nYou could win back {{hoursFreed}} a month with {{topTasks}}.\nBook a moment here: {{bookingLink}}.\n\nCheers!',
  },
} as const;

function followUp(locale: Locale, overrides: { subject?: string; body?: string; branding?: EmailBranding; summary?: ResultSummary } = {}) {
  const b = overrides.branding ?? branding;
  return renderFollowUpEmail({
    locale,
    branding: b,
    subject: overrides.subject ?? FOLLOW_UP[locale].subject,
    body: overrides.body ?? FOLLOW_UP[locale].body,
    merge: followUpMergeValues({ summary: overrides.summary ?? summary, locale, branding: b }),
  });
}

/** Every e-mail, in every language it is sent in. */
const EMAILS: Array<{ name: string; locale: Locale; render: () => Promise<RenderedEmail>; links: string[]; absent: string[] }> = [
  ...LOCALES.flatMap((locale) => [
    {
      name: `result link (${locale})`,
      locale,
      render: () => renderResultLinkEmail({ locale, branding, summary }),
      links: [LINK_PLACEHOLDERS.result, LINK_PLACEHOLDERS.unsubscribe, branding.bookingUrl!],
      absent: [LINK_PLACEHOLDERS.resume],
    },
    {
      name: `follow-up (${locale})`,
      locale,
      render: () => followUp(locale),
      links: [LINK_PLACEHOLDERS.result, LINK_PLACEHOLDERS.unsubscribe],
      absent: [LINK_PLACEHOLDERS.resume],
    },
    {
      name: `resume link (${locale})`,
      locale,
      render: () => renderResumeLinkEmail({ locale, branding, step: 2, stepCount: 4 }),
      links: [LINK_PLACEHOLDERS.resume],
      // A one-off e-mail they asked for: no unsubscribe, and there is no result yet.
      absent: [LINK_PLACEHOLDERS.unsubscribe, LINK_PLACEHOLDERS.result],
    },
  ]),
  {
    name: 'new intake to the VA (nl)',
    locale: 'nl',
    render: () => renderVaNewIntakeEmail({ branding, intake, adminUrl }),
    links: [adminUrl],
    // Her own notice: no unsubscribe, and no prospect link that would count as the prospect opening it.
    absent: [LINK_PLACEHOLDERS.unsubscribe, LINK_PLACEHOLDERS.result, LINK_PLACEHOLDERS.resume],
  },
];

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/**
 * The real start tags of the HTML, with attribute values emptied: React writes every value in
 * double quotes and escapes quotes inside values and text, so what remains is markup only.
 */
function elementsOf(html: string): string[] {
  return html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi) ?? [];
}

describe.each(EMAILS)('$name', ({ locale, render, links, absent }) => {
  test('has a one-line subject, an HTML part in the right language and a readable text part', async () => {
    const email = await render();
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.subject).not.toMatch(/[\n<>]/);
    expect(email.html).toMatch(/^<!DOCTYPE html/);
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.html).toContain('max-width:600px');
    expect(email.text.length).toBeGreaterThan(100);
    expect(email.text).not.toMatch(HTML_TAG);
    expect(email.text).not.toContain('&amp;');
    expect(email.text).not.toMatch(/\n{3,}/);
  });

  test('carries its links in both parts, and not the links it must not carry', async () => {
    const email = await render();
    for (const link of links) {
      expect(email.html).toContain(`href="${link}"`);
      expect(email.text).toContain(link);
    }
    for (const link of absent) {
      expect(email.html).not.toContain(link);
      expect(email.text).not.toContain(link);
    }
  });

  test('wears her brand colour and her name', async () => {
    const email = await render();
    expect(email.html).toContain('background-color:#1d4ed8');
    expect(email.html).toContain('border-top:6px solid #1d4ed8');
    expect(email.text).toContain('Marloes Bakker');
  });
});

describe('copy', () => {
  test('Dutch and English are each their own text, not the same words', async () => {
    for (const render of [
      (locale: Locale) => renderResultLinkEmail({ locale, branding, summary }),
      (locale: Locale) => renderResumeLinkEmail({ locale, branding, step: 1, stepCount: 4 }),
      (locale: Locale) => followUp(locale, { subject: 'Hoi', body: 'Hoi' }),
    ]) {
      const [nl, en] = await Promise.all([render('nl'), render('en')]);
      expect(nl.text).not.toBe(en.text);
    }
    const [nl, en] = await Promise.all([
      renderResultLinkEmail({ locale: 'nl', branding, summary }),
      renderResultLinkEmail({ locale: 'en', branding, summary }),
    ]);
    expect(nl.subject).toBe('Je delegatiescan staat voor je klaar');
    expect(nl.text).toContain("krijg je zo'n 12,5 uur per maand terug");
    expect(nl.text).toContain('€\u00a0350 per maand'); // Intl puts a no-break space after €
    expect(en.subject).toBe('Your delegation scan results are ready');
    expect(en.text).toContain('about 12.5 hours a month');
    expect(en.text).toContain('€350 a month');
  });

  test('the result e-mail names the first tasks and the way back to the result', async () => {
    const { text } = await renderResultLinkEmail({ locale: 'nl', branding, summary });
    expect(text).toContain('Hoi Zoë,');
    expect(text).toContain(' - Afspraken plannen\n - Facturen maken\n - Mailsjablonen maken');
    expect(text).toContain(`Bekijk je uitslag:\n${LINK_PLACEHOLDERS.result}`);
    expect(text).toContain(`Plan een vrijblijvend kennismakingsgesprek (${branding.bookingUrl})`);
    expect(text).toContain(`Afmelden (${LINK_PLACEHOLDERS.unsubscribe})`);
  });

  test('the result e-mail stays honest when nothing is freed or a VA costs more than it saves', async () => {
    const nothing = await renderResultLinkEmail({
      locale: 'nl',
      branding,
      summary: { ...summary, freedMinutesPerMonth: 0, netGainCentsPerMonth: 0, topTasks: [] },
    });
    expect(nothing.text).toContain('je taken liever zelf houdt');
    expect(nothing.text).not.toContain('per maand terug');
    expect(nothing.text).not.toContain('als eerste mee beginnen');

    const costsMore = await renderResultLinkEmail({ locale: 'en', branding, summary: { ...summary, netGainCentsPerMonth: -120_00 } });
    expect(costsMore.text).toContain('about 12.5 hours a month');
    expect(costsMore.text).not.toContain('better off');
  });

  test('without a booking page the result e-mail invites a reply instead, and without a logo shows her name', async () => {
    const { html, text } = await renderResultLinkEmail({ locale: 'nl', branding: { ...branding, bookingUrl: null }, summary });
    expect(text).not.toContain('kennismakingsgesprek');
    expect(text).toContain('Beantwoord gewoon deze e-mail');
    expect(html).not.toContain('<img');
  });

  test('with a logo: the image by its absolute URL, her name as its alternative text, no image in the text part', async () => {
    const logoUrl = 'https://scan.example.nl/api/branding/logo?v=0123456789ab';
    const { html, text } = await renderResultLinkEmail({ locale: 'nl', branding: { ...branding, logoUrl }, summary });
    expect(html).toContain(`src="${logoUrl}"`);
    expect(html).toContain('alt="Marloes Bakker"');
    expect(text).not.toContain(logoUrl);
  });

  test('the resume e-mail says where they were and how long the link works', async () => {
    const nl = await renderResumeLinkEmail({ locale: 'nl', branding, step: 3, stepCount: 4 });
    expect(nl.subject).toBe('Ga verder met je delegatiescan');
    expect(nl.text).toContain('Je was bij stap 3 van 4.');
    expect(nl.text).toContain('30 dagen');
    expect(nl.text).toContain(`Ga verder met de scan:\n${LINK_PLACEHOLDERS.resume}`);
    const en = await renderResumeLinkEmail({ locale: 'en', branding, step: 3, stepCount: 4 });
    expect(en.text).toContain('You were on step 3 of 4.');
    expect(en.text).toContain('30 days');
  });

  test('the VA hears in Dutch who it is, the figures, the consent and where to find it', async () => {
    const email = await renderVaNewIntakeEmail({ branding, intake, adminUrl });
    expect(email.subject).toBe('Nieuwe scan van Zoë de Vries (Zoë Coaching)');
    expect(email.text).toContain('Naam: Zoë de Vries\nE-mail: zoe@example.nl\nBedrijf: Zoë Coaching');
    expect(email.text).toContain('Tijd die vrijkomt: 12,5 uur per maand');
    expect(email.text).toContain('Wat het oplevert: €\u00a0350 per maand');
    expect(email.text).toContain('Follow-up-mails: Ja');
    expect(email.text).toContain(`Open de scan in je back-office:\n${adminUrl}`);
    expect(email.html).toContain('href="mailto:zoe@example.nl"');

    const without = await renderVaNewIntakeEmail({ branding, intake: { ...intake, company: null, followUpConsent: false, topTasks: [] }, adminUrl });
    expect(without.subject).toBe('Nieuwe scan van Zoë de Vries');
    expect(without.text).toContain('Bedrijf: Niet ingevuld');
    expect(without.text).toContain('Follow-up-mails: Nee');
    expect(without.text).toContain('Eerste taken: Geen taken');
  });
});

describe('follow-ups', () => {
  test('fill every merge field in subject and body and leave none behind', async () => {
    const nl = await followUp('nl');
    expect(nl.subject).toBe('Zoë, nog even over je 12,5 uur');
    expect(nl.text).toContain('Hoi Zoë,');
    expect(nl.text).toContain("zo'n 12,5 uur per maand winnen met Afspraken plannen, Facturen maken en Mailsjablonen maken.");
    expect(nl.text).toContain('Plan hier een moment: https://cal.example.nl/marloes/kennismaken.');
    const en = await followUp('en');
    expect(en.subject).toBe('Zoë, about your 12.5 hours');
    expect(en.text).toContain('with Afspraken plannen, Facturen maken and Mailsjablonen maken.');
    for (const email of [nl, en]) {
      for (const part of [email.subject, email.html, email.text]) expect(part).not.toMatch(/\{\{|\}\}/);
    }
  });

  test('keep her paragraphs and line breaks, and make her web and e-mail addresses clickable', async () => {
    const { html, text } = await followUp('nl', { body: 'Eerste alinea.\nTweede regel.\n\n\nTweede alinea: mail naar marloes@example.nl of kijk op https://example.nl/tarieven.' });
    expect(text).toContain('Eerste alinea.\nTweede regel.\n\nTweede alinea:');
    expect(html).toMatch(/Eerste alinea\.<br\/>Tweede regel\.<\/p>/);
    expect(html).toContain('href="mailto:marloes@example.nl"');
    // The full stop ends the sentence, not the address.
    expect(html).toContain('href="https://example.nl/tarieven"');
    expect(html).not.toContain('href="javascript:');
  });

  test('a long merged subject is cut at the limit, as one line', async () => {
    const manyTasks = { ...summary, topTasks: ['Een heel lange taak '.repeat(8), 'Nog een hele lange taak '.repeat(8), 'En nog een'] };
    const { subject } = await followUp('nl', { subject: 'Over {{topTasks}}\nen meer', summary: manyTasks });
    expect(Array.from(subject).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.startsWith('Over Een heel lange taak')).toBe(true);
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe('escaping', () => {
  const HOSTILE = `<script>alert("x")</script> & 'Co' <img src=x onerror=alert(1)>`;
  const hostileBranding: EmailBranding = {
    ...branding,
    vaName: `Marloes ${HOSTILE}`,
    signature: `Groet,\n${HOSTILE}`,
    logoUrl: 'https://scan.example.nl/api/branding/logo?v=0123456789ab',
  };
  const hostileSummary: ResultSummary = { ...summary, firstName: HOSTILE, topTasks: [HOSTILE, 'Facturen maken'] };

  const rendered = () =>
    Promise.all([
      renderResultLinkEmail({ locale: 'nl', branding: hostileBranding, summary: hostileSummary }),
      renderResumeLinkEmail({ locale: 'en', branding: hostileBranding, step: 1, stepCount: 4 }),
      followUp('nl', {
        branding: hostileBranding,
        summary: hostileSummary,
        subject: `{{firstName}} ${HOSTILE}`,
        body: `Hoi {{firstName}},\n\n${HOSTILE}\n{{topTasks}} javascript:alert(1)`,
      }),
      renderVaNewIntakeEmail({
        branding: hostileBranding,
        intake: { ...intake, name: HOSTILE, company: HOSTILE, topTasks: [HOSTILE] },
        adminUrl,
      }),
    ]);

  test('names, company, signature, tasks, her subject and body never become markup in the HTML', async () => {
    for (const email of await rendered()) {
      // The text stays visible as text; no element or attribute comes out of it.
      const tags = elementsOf(email.html);
      expect(tags.filter((tag) => /^<(script|img src=x)/i.test(tag))).toEqual([]);
      expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Co&#x27;');
      expect(email.html).not.toContain('href="javascript:');
    }
  });

  test('and read as the plain text they are in the text part and the subject', async () => {
    const [result, , follow, va] = await rendered();
    for (const email of [result!, follow!, va!]) expect(email.text).toContain(HOSTILE);
    expect(follow!.subject).toBe(`${HOSTILE} ${HOSTILE}`);
    expect(va!.subject).toBe(`Nieuwe scan van ${HOSTILE} (${HOSTILE})`);
  });
});
