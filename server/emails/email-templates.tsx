import { Fragment, type ReactNode } from 'react';
import { Text } from '@react-email/components';
import { applyMergeFields } from '#shared/email/merge-fields.ts';
import { formatCents, formatHours } from '#shared/format/format.ts';
import { EMAIL_COPY, RESUME_LINK_VALID_DAYS, VA_NEW_INTAKE_COPY } from './email-copy.ts';
import { EmailButton, EmailLayout, InlineLink, Paragraphs, textStyle } from './email-layout.tsx';
import type { FollowUpEmailInput, ResultLinkEmailInput, ResumeLinkEmailInput, VaNewIntakeEmailInput } from './email-types.ts';
import { LINK_PLACEHOLDERS } from './link-placeholders.ts';

/**
 * The four e-mails as React components (rendered to HTML and text by render-email.ts). Links that
 * carry a token are LINK_PLACEHOLDERS here; the outbox sender swaps in fresh links when it sends.
 */

/** (a) To the prospect right after submitting: what it frees, where to start, the link to the result. */
export function ResultLinkEmail({ locale, branding, summary }: ResultLinkEmailInput) {
  const copy = EMAIL_COPY[locale];
  const text = copy.resultLink;
  const hours = formatHours(summary.freedMinutesPerMonth, locale);
  const freesTime = summary.freedMinutesPerMonth > 0;
  return (
    <EmailLayout
      locale={locale}
      branding={branding}
      preview={freesTime ? text.preview(hours) : text.previewNothingFreed}
      signOff
      footer={{
        reason: text.footerReason(branding.vaName),
        unsubscribe: { lead: copy.layout.unsubscribeLead, label: copy.layout.unsubscribeLink, href: LINK_PLACEHOLDERS.unsubscribe },
      }}
    >
      <Text style={textStyle}>{text.greeting(summary.firstName)}</Text>
      <Text style={textStyle}>{text.intro}</Text>
      {freesTime ? (
        <Text style={textStyle}>
          {text.freed(hours)}
          {summary.netGainCentsPerMonth > 0 &&
            ` ${text.netGain(formatCents(summary.netGainCentsPerMonth, locale, { wholeEuros: true }))}`}
        </Text>
      ) : (
        <Text style={textStyle}>{text.nothingFreed}</Text>
      )}
      {summary.topTasks.length > 0 && (
        <>
          <Text style={{ ...textStyle, margin: '0 0 8px' }}>{text.topTasksLead}</Text>
          <BulletList items={summary.topTasks} />
        </>
      )}
      <EmailButton href={LINK_PLACEHOLDERS.result} brandColor={branding.brandColor}>
        {text.button}
      </EmailButton>
      <Text style={textStyle}>{text.keepThisEmail}</Text>
      {branding.bookingUrl && (
        <Text style={textStyle}>
          {text.bookingLead}{' '}
          <InlineLink href={branding.bookingUrl} brandColor={branding.brandColor}>
            {text.bookingLink}
          </InlineLink>
        </Text>
      )}
      <Text style={textStyle}>{text.replyHint}</Text>
    </EmailLayout>
  );
}

/** (b) To the VA, in Dutch: who just took the scan, the figures, and the way to the intake. No unsubscribe: it is hers. */
export function VaNewIntakeEmail({ branding, intake, adminUrl }: VaNewIntakeEmailInput) {
  const copy = VA_NEW_INTAKE_COPY;
  const hours = formatHours(intake.freedMinutesPerMonth, 'nl');
  const rows: Array<[label: string, value: ReactNode]> = [
    [copy.labels.name, intake.name],
    [
      copy.labels.email,
      <InlineLink key="email" href={`mailto:${intake.email}`} brandColor={branding.brandColor}>
        {intake.email}
      </InlineLink>,
    ],
    [copy.labels.company, intake.company ?? copy.noCompany],
    [copy.labels.freed, copy.perMonth(hours)],
    [copy.labels.netGain, copy.perMonth(formatCents(intake.netGainCentsPerMonth, 'nl', { wholeEuros: true }))],
    [copy.labels.followUpConsent, intake.followUpConsent ? copy.consentYes : copy.consentNo],
  ];
  return (
    <EmailLayout locale="nl" branding={branding} preview={copy.preview(intake.name, hours)} footer={{ reason: copy.footer }}>
      <Text style={{ ...textStyle, fontSize: '20px', lineHeight: '28px', fontWeight: 700 }}>{copy.heading}</Text>
      <Text style={textStyle}>{copy.intro(intake.name)}</Text>
      <Text style={textStyle}>
        {rows.map(([label, value], index) => (
          <Fragment key={label}>
            {index > 0 && <br />}
            <strong>{label}:</strong> {value}
          </Fragment>
        ))}
      </Text>
      <Text style={{ ...textStyle, margin: '0 0 8px' }}>
        <strong>{copy.labels.topTasks}:</strong>
        {intake.topTasks.length === 0 && ` ${copy.noTopTasks}`}
      </Text>
      {intake.topTasks.length > 0 && <BulletList items={intake.topTasks} />}
      <EmailButton href={adminUrl} brandColor={branding.brandColor}>
        {copy.button}
      </EmailButton>
    </EmailLayout>
  );
}

/** (c, d) A follow-up: her subject and text with the merge fields filled, the way back to the result. */
export function FollowUpEmail({ locale, branding, body, merge }: Omit<FollowUpEmailInput, 'subject'>) {
  const copy = EMAIL_COPY[locale];
  const text = applyMergeFields(body, merge);
  return (
    <EmailLayout
      locale={locale}
      branding={branding}
      preview={previewOf(text)}
      signOff
      footer={{
        reason: copy.followUp.footerReason(branding.vaName),
        unsubscribe: { lead: copy.layout.unsubscribeLead, label: copy.layout.unsubscribeLink, href: LINK_PLACEHOLDERS.unsubscribe },
      }}
    >
      <Paragraphs text={text} render={(line) => <Linkified text={line} brandColor={branding.brandColor} />} />
      <EmailButton href={LINK_PLACEHOLDERS.result} brandColor={branding.brandColor}>
        {copy.followUp.button}
      </EmailButton>
    </EmailLayout>
  );
}

/**
 * (e) The link that reopens a half-finished scan. No unsubscribe link: the prospect asked for this
 * one e-mail themselves, and nothing follows it (there is no intake yet to unsubscribe from).
 */
export function ResumeLinkEmail({ locale, branding, step, stepCount }: ResumeLinkEmailInput) {
  const text = EMAIL_COPY[locale].resumeLink;
  return (
    <EmailLayout
      locale={locale}
      branding={branding}
      preview={text.preview(step, stepCount)}
      signOff
      footer={{ reason: text.footerReason(branding.vaName) }}
    >
      <Text style={textStyle}>{text.greeting}</Text>
      <Text style={textStyle}>{text.whereYouWere(step, stepCount)}</Text>
      <EmailButton href={LINK_PLACEHOLDERS.resume} brandColor={branding.brandColor}>
        {text.button}
      </EmailButton>
      <Text style={textStyle}>{text.validity(RESUME_LINK_VALID_DAYS)}</Text>
      <Text style={textStyle}>{text.notYou}</Text>
    </EmailLayout>
  );
}

function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul style={{ margin: '0 0 16px', padding: '0 0 0 24px' }}>
      {items.map((item, index) => (
        <li key={index} style={{ ...textStyle, margin: '0 0 4px' }}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/** The first words of her text, for the inbox preview line. */
function previewOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Web addresses and e-mail addresses in her text (e.g. a merged {{bookingLink}}) become links. */
const LINKABLE = /\bhttps?:\/\/[^\s<>"]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;
/** Punctuation that ends a sentence rather than the address ("see https://x.nl/."). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"]+$/;

function Linkified({ text, brandColor }: { text: string; brandColor: string }) {
  const parts: ReactNode[] = [];
  let rest = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (start > rest) parts.push(text.slice(rest, start));
    const href = /^https?:\/\//i.test(address) ? address : `mailto:${address}`;
    parts.push(
      <InlineLink key={start} href={href} brandColor={brandColor}>
        {address}
      </InlineLink>,
    );
    rest = start + address.length;
  }
  if (rest < text.length) parts.push(text.slice(rest));
  return <>{parts}</>;
}
