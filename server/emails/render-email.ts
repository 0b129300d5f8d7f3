import { createElement, type ReactElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import { applyMergeFields } from '#shared/email/merge-fields.ts';
import { plainSubject } from './email-content.ts';
import { EMAIL_COPY, VA_NEW_INTAKE_COPY } from './email-copy.ts';
import { CALL_TO_ACTION_ATTRIBUTE } from './email-layout.tsx';
import { FollowUpEmail, ResultLinkEmail, ResumeLinkEmail, VaNewIntakeEmail } from './email-templates.tsx';
import type {
  FollowUpEmailInput,
  RenderedEmail,
  ResultLinkEmailInput,
  ResumeLinkEmailInput,
  VaNewIntakeEmailInput,
} from './email-types.ts';

/**
 * Renders each e-mail to what is sent: a plain-text subject, the HTML (react-email: table layout,
 * inline styles) and a plain-text part made from that same HTML, so both always say the same.
 * Called when the outbox sends a message and when the back office shows one (email-content.ts
 * renderEmailContent), and for a follow-up's preview. Links carrying a token stay placeholders
 * (link-placeholders.ts) until the sender sends.
 */

/** (a) To the prospect right after submitting. */
export async function renderResultLinkEmail(input: ResultLinkEmailInput): Promise<RenderedEmail> {
  return renderEmail(EMAIL_COPY[input.locale].resultLink.subject, createElement(ResultLinkEmail, input));
}

/** (b) To the VA: a new intake. */
export async function renderVaNewIntakeEmail(input: VaNewIntakeEmailInput): Promise<RenderedEmail> {
  const subject = VA_NEW_INTAKE_COPY.subject(input.intake.name, input.intake.company);
  return renderEmail(subject, createElement(VaNewIntakeEmail, input));
}

/** (c, d) A follow-up from one of her templates, sent now or scheduled. */
export async function renderFollowUpEmail(input: FollowUpEmailInput): Promise<RenderedEmail> {
  const { subject, ...content } = input;
  return renderEmail(applyMergeFields(subject, input.merge), createElement(FollowUpEmail, content));
}

/** (e) The link that reopens a half-finished scan. */
export async function renderResumeLinkEmail(input: ResumeLinkEmailInput): Promise<RenderedEmail> {
  return renderEmail(EMAIL_COPY[input.locale].resumeLink.subject, createElement(ResumeLinkEmail, input));
}

async function renderEmail(subject: string, email: ReactElement): Promise<RenderedEmail> {
  const plain = plainSubject(subject);
  const html = withTitle(await render(email), plain);
  return { subject: plain, html, text: plainTextOf(html) };
}

/** The subject as the document's title: a mail opened in a browser tab or a preview frame has a name. */
function withTitle(html: string, subject: string): string {
  const escaped = subject.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return html.replace('<head>', `<head><title>${escaped}</title>`);
}

/**
 * The text part: html-to-text over the rendered HTML (react-email's selectors skip the logo and the
 * hidden preview line). A button becomes its own block, "Label:" with the address on the next line;
 * a link in running text becomes "label (address)", and an address that is its own label shows once.
 */
function plainTextOf(html: string): string {
  return toPlainText(html, {
    formatters: { callToAction: formatCallToAction },
    selectors: [
      { selector: 'a', options: { linkBrackets: ['(', ')'] } },
      { selector: `a[${CALL_TO_ACTION_ATTRIBUTE}]`, format: 'callToAction' },
      { selector: 'ul', options: { itemPrefix: ' - ' } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

/** The little of html-to-text's formatter API that formatCallToAction uses (it ships no types). */
type TextBuilder = {
  openBlock(options?: { leadingLineBreaks?: number }): void;
  closeBlock(options?: { trailingLineBreaks?: number }): void;
  addInline(text: string, options?: { noWordTransform?: boolean }): void;
  addLineBreak(): void;
};
type TextElement = { attribs?: Record<string, string>; children: unknown[] };

function formatCallToAction(elem: TextElement, walk: (nodes: unknown[], builder: TextBuilder) => void, builder: TextBuilder) {
  builder.openBlock({ leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.addInline(':');
  builder.addLineBreak();
  builder.addInline(elem.attribs?.href ?? '', { noWordTransform: true });
  builder.closeBlock({ trailingLineBreaks: 2 });
}
