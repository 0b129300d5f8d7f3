import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Body, Button, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components';
import type { Locale } from '#shared/schemas/common.ts';
import type { EmailBranding } from './email-types.ts';
import { NEUTRAL_SENDER_NAME } from './email-copy.ts';

/**
 * The frame every e-mail shares: the VA's logo (or name) under a band in her brand colour, the
 * content, her signature and address, and a footer that says why this e-mail came. Styles are
 * inline (mail clients drop <style>), the card is at most 600 px wide and fills a 360 px phone.
 *
 * Every value reaches the HTML as a React text node or attribute, so React escapes it; nothing here
 * uses dangerouslySetInnerHTML.
 */

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const TEXT_COLOR = '#1f2937';
/** Grey that still reaches 4.5:1 on white. */
const MUTED_COLOR = '#4b5563';

/** A long web address must wrap, not widen the card past a phone's screen. */
const wrapLongWords: CSSProperties = { overflowWrap: 'break-word', wordBreak: 'break-word' };

export const textStyle: CSSProperties = { fontSize: '16px', lineHeight: '24px', color: TEXT_COLOR, margin: '0 0 16px', ...wrapLongWords };

export type EmailFooter = {
  /** One line on why the reader gets this e-mail. */
  reason: string;
  /** Prospect e-mails that may be followed by more: the unsubscribe link (a placeholder URL). */
  unsubscribe?: { lead: string; label: string; href: string };
};

export function EmailLayout(props: {
  locale: Locale;
  branding: EmailBranding;
  /** The line mail clients show after the subject. */
  preview: string;
  /** Her signature and address under the content (not in notices to herself). */
  signOff?: boolean;
  footer: EmailFooter;
  children: ReactNode;
}) {
  const { locale, branding, preview, signOff, footer, children } = props;
  return (
    <Html lang={locale}>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f3f4f6', fontFamily: FONT, margin: 0, padding: '24px 8px' }}>
        <Container
          style={{
            maxWidth: '600px',
            backgroundColor: '#ffffff',
            borderTop: `6px solid ${branding.brandColor}`,
            borderRadius: '8px',
            ...wrapLongWords,
          }}
        >
          <Section style={{ padding: '24px 24px 8px' }}>
            <BrandHeader branding={branding} />
          </Section>
          <Section style={{ padding: '8px 24px 8px' }}>
            {children}
            {signOff && <SignOff branding={branding} />}
          </Section>
          <Section style={{ padding: '0 24px 24px' }}>
            <Hr style={{ borderColor: '#e5e7eb', margin: '8px 0 16px' }} />
            <Text style={footerStyle}>{footer.reason}</Text>
            {footer.unsubscribe && (
              <Text style={footerStyle}>
                {footer.unsubscribe.lead}{' '}
                <Link href={footer.unsubscribe.href} style={{ color: MUTED_COLOR, textDecoration: 'underline' }}>
                  {footer.unsubscribe.label}
                </Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const footerStyle: CSSProperties = { fontSize: '13px', lineHeight: '20px', color: MUTED_COLOR, margin: '0 0 8px', ...wrapLongWords };

function BrandHeader({ branding }: { branding: EmailBranding }) {
  if (branding.logoUrl) {
    return (
      <Img
        src={branding.logoUrl}
        alt={branding.vaName ?? ''}
        height="48"
        style={{ height: '48px', width: 'auto', maxWidth: '100%' }}
      />
    );
  }
  return (
    <Text style={{ fontSize: '20px', lineHeight: '28px', fontWeight: 700, color: branding.brandColor, margin: 0 }}>
      {branding.vaName ?? NEUTRAL_SENDER_NAME}
    </Text>
  );
}

function SignOff({ branding }: { branding: EmailBranding }) {
  return (
    <>
      {branding.signature.trim() !== '' && (
        <Text style={{ ...textStyle, margin: '24px 0 16px' }}>
          <Lines text={branding.signature} />
        </Text>
      )}
      {branding.replyEmail && (
        <Text style={{ ...textStyle, fontSize: '14px', lineHeight: '20px', color: MUTED_COLOR }}>
          <Link href={`mailto:${branding.replyEmail}`} style={{ color: branding.brandColor, textDecoration: 'underline' }}>
            {branding.replyEmail}
          </Link>
        </Text>
      )}
    </>
  );
}

/** Marks a button's link, so the text part gives it a block of its own. */
export const CALL_TO_ACTION_ATTRIBUTE = 'data-call-to-action';

/** A call to action: her brand colour, white text (the settings guarantee 4.5:1), a real link. */
export function EmailButton({ href, brandColor, children }: { href: string; brandColor: string; children: string }) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Button
        href={href}
        {...{ [CALL_TO_ACTION_ATTRIBUTE]: 'true' }}
        style={{
          backgroundColor: brandColor,
          color: '#ffffff',
          fontSize: '16px',
          fontWeight: 600,
          lineHeight: '24px',
          textDecoration: 'none',
          borderRadius: '6px',
          padding: '12px 24px',
        }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** A link in running text, in her brand colour. */
export function InlineLink({ href, brandColor, children }: { href: string; brandColor: string; children: ReactNode }) {
  return (
    <Link href={href} style={{ color: brandColor, textDecoration: 'underline' }}>
      {children}
    </Link>
  );
}

/** Text with its line breaks kept: each line a text node, <br> between them. */
export function Lines({ text, render = (line) => line }: { text: string; render?: (line: string) => ReactNode }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {render(line)}
        </Fragment>
      ))}
    </>
  );
}

/** Text the VA typed: blank lines start a paragraph, single line breaks stay line breaks. */
export function Paragraphs({ text, render }: { text: string; render?: (line: string) => ReactNode }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={textStyle}>
          <Lines text={paragraph} render={render} />
        </Text>
      ))}
    </>
  );
}
