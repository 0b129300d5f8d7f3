import type { ReactNode } from 'react';
import { Document, Link, Page, StyleSheet, Text, View, renderToBuffer, type TextProps } from '@react-pdf/renderer';
import { formatCents, formatDate, formatHours } from '#shared/format/format.ts';
import type { Locale, LocalizedText } from '#shared/schemas/common.ts';
import { BUCKETS, type DelegationResultV2, type Offer, type PeriodFigures, type ResultView } from '#shared/schemas/result.ts';
import type { DelegationResultV1 } from '#shared/schemas/result-v1.ts';
import { resultCopy, type ResultCopy } from './result-copy.ts';

/**
 * The result as a PDF (decision 0012), rendered on the server with @react-pdf/renderer: the same
 * content as the page's print view, from the same stored snapshot and the same words
 * (result-copy.ts), in the language asked for. Nothing of it reaches the scan's JavaScript.
 * The built-in Helvetica covers Dutch and "€"; the few characters it lacks are replaced.
 */

const BRAND = '#0f5c55';
const MUTED = '#4b5563';
const RULE = '#e7e5e4';

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 48, paddingHorizontal: 44, fontFamily: 'Helvetica', fontSize: 10, lineHeight: 1.4, color: '#1c1917' },
  brand: { fontSize: 9, color: BRAND, fontFamily: 'Helvetica-Bold' },
  h1: { fontSize: 18, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 4 },
  h2: { fontSize: 13, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 16, marginBottom: 4 },
  h3: { fontSize: 11, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 2 },
  muted: { color: MUTED },
  small: { fontSize: 8.5, color: MUTED },
  row: { flexDirection: 'row', justifyContent: 'space-between', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2 },
  figures: { flexDirection: 'row', gap: 8, marginTop: 10 },
  figure: { flexGrow: 1, flexBasis: 0, borderWidth: 1, borderColor: BRAND, borderRadius: 4, padding: 8 },
  figureValue: { fontSize: 16, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 2 },
  cta: { marginTop: 10, backgroundColor: '#f0fdfa', borderLeftWidth: 3, borderLeftColor: BRAND, padding: 8 },
  task: { marginTop: 4, paddingBottom: 4, borderBottomWidth: 0.5, borderBottomColor: RULE },
  bullet: { flexDirection: 'row', gap: 4, marginTop: 2 },
  table: { marginTop: 4 },
  cell: { width: 90, textAlign: 'right' },
  footer: { position: 'absolute', bottom: 24, left: 44, right: 44, fontSize: 8, color: MUTED, flexDirection: 'row', justifyContent: 'space-between' },
});

/** Helvetica's WinAnsi lacks a few characters our texts use. */
function pdfText(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/\u2060/g, '').replace(/≈/g, '~').replace(/✓/g, '•');
}

type TextStyle = TextProps['style'];

function T({ children, style }: { children: ReactNode; style?: TextStyle }) {
  const clean = typeof children === 'string' ? pdfText(children) : children;
  return <Text style={style}>{clean}</Text>;
}

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.bullet} wrap={false}>
          <T>•</T>
          <T style={{ flex: 1 }}>{item}</T>
        </View>
      ))}
    </View>
  );
}

type Ctx = { locale: Locale; t: ResultCopy; view: ResultView };

const money = (cents: number, locale: Locale) => formatCents(cents, locale);
const hours = (minutes: number, locale: Locale) => formatHours(minutes, locale);
const pick = (text: LocalizedText, locale: Locale) => text[locale];

function bucketTitle(t: ResultCopy, bucket: (typeof BUCKETS)[number]): string {
  return t(`result_bucket_${bucket.replace('-', '_')}_title`);
}

function offerLabel(t: ResultCopy, offer: Offer | null, locale: Locale): string {
  if (!offer) return t('result_offer_none');
  if (offer.kind === 'trial-task') return t('result_offer_trial', { hours: hours(offer.trialTask.hours * 60, locale) });
  if (offer.kind === 'prepaid-bundle') return t('result_offer_bundle', { hours: hours(offer.bundle.hours * 60, locale) });
  return t('result_offer_package', { hours: hours(offer.package.hoursPerMonth * 60, locale) });
}

/** "Delegatiescan van Marloes", or the neutral line until the VA has set her name. */
function brandLine(t: ResultCopy, view: ResultView): string {
  return view.va.name ? t('result_brand', { vaName: view.va.name }) : t('result_brand_neutral');
}

function Header({ locale, t, view }: Ctx) {
  const date = formatDate(view.submittedAt, locale);
  return (
    <View>
      <T style={styles.brand}>{brandLine(t, view)}</T>
      <T style={styles.h1}>{t('result_greeting', { firstName: view.firstName })}</T>
      <T style={styles.muted}>
        {view.company ? t('result_submitted_on_company', { date, company: view.company }) : t('result_submitted_on', { date })}
      </T>
    </View>
  );
}

function CallToAction({ t, view, compact }: Ctx & { compact: boolean }) {
  const booking = view.va.bookingUrl && /^https?:\/\//i.test(view.va.bookingUrl) ? view.va.bookingUrl : null;
  if (!booking && !view.va.replyEmail) return null;
  return (
    <View style={styles.cta} wrap={false}>
      <T style={{ fontFamily: 'Helvetica-Bold' }}>{compact ? t('result_next_compact_heading') : t('result_next_heading')}</T>
      <T>{compact ? t('result_next_compact_text') : t('result_next_text')}</T>
      {booking ? (
        <Link src={booking} style={{ color: BRAND, marginTop: 2 }}>
          {pdfText(t('result_next_booking_link', { url: booking }))}
        </Link>
      ) : null}
      {view.va.replyEmail ? <T>{t('result_next_email_address', { email: view.va.replyEmail })}</T> : null}
    </View>
  );
}

function PeriodTable({ locale, t, result }: Ctx & { result: DelegationResultV2 }) {
  const periods = [result.firstMonth, result.fromMonthThree];
  const paysVat = result.vatStatus !== 'normal';
  const rows: [string, (p: PeriodFigures) => string, boolean?][] = [
    [t('result_row_entered'), (p) => hours(p.enteredMinutes, locale)],
    [t('result_row_kept'), (p) => hours(p.keptMinutes, locale)],
    [t('result_row_freed'), (p) => hours(p.freedMinutes, locale), true],
    [t('result_row_va'), (p) => hours(p.vaMinutes, locale)],
    [t('result_row_value'), (p) => money(p.valueCents, locale)],
    [t('result_row_offer'), (p) => offerLabel(t, p.offer, locale)],
    ...(paysVat
      ? ([
          [t('result_row_cost_excl'), (p: PeriodFigures) => money(p.costExclVatCents, locale)],
          [t('result_row_vat'), (p: PeriodFigures) => money(p.vatCents, locale)],
        ] as [string, (p: PeriodFigures) => string][])
      : []),
    [paysVat ? t('result_row_cost') : t('result_row_cost_excl'), (p) => money(p.costCents, locale)],
    [t('result_row_net'), (p) => money(p.netCents, locale), true],
  ];
  return (
    <View style={styles.table} wrap={false}>
      <View style={styles.row}>
        <T style={{ flex: 1 }}> </T>
        <T style={[styles.cell, { fontFamily: 'Helvetica-Bold' }]}>{t('result_period_first')}</T>
        <T style={[styles.cell, { fontFamily: 'Helvetica-Bold' }]}>{t('result_period_later')}</T>
      </View>
      {rows.map(([label, cell, strong]) => (
        <View key={label} style={styles.row}>
          <T style={[{ flex: 1 }, strong ? { fontFamily: 'Helvetica-Bold' } : {}]}>{label}</T>
          {periods.map((period, index) => (
            <T key={index} style={[styles.cell, strong ? { fontFamily: 'Helvetica-Bold' } : {}]}>
              {cell(period)}
            </T>
          ))}
        </View>
      ))}
    </View>
  );
}

function ResultV2({ locale, t, view, result }: Ctx & { result: DelegationResultV2 }) {
  const ctx = { locale, t, view };
  const later = result.fromMonthThree;
  const labels = new Map<string, LocalizedText>([
    ...result.tasks.map((task) => [task.key, task.label] as const),
    ...result.ownTasks.map((task) => [task.key, task.label] as const),
  ]);
  const names = (keys: string[]) => keys.flatMap((key) => (labels.get(key) ? [pick(labels.get(key)!, locale)] : [])).join(' · ');
  const start = result.suggestedStart;
  return (
    <>
      {later.freedMinutes > 0 ? (
        <View>
          <View style={styles.figures}>
            <View style={styles.figure}>
              <T style={styles.muted}>{t('result_headline_freed_label')}</T>
              <T style={styles.figureValue}>{hours(later.freedMinutes, locale)}</T>
              <T style={styles.small}>{t('result_headline_freed_unit')}</T>
            </View>
            <View style={styles.figure}>
              <T style={styles.muted}>{later.netCents < 0 ? t('result_headline_net_negative_label') : t('result_headline_net_label')}</T>
              <T style={styles.figureValue}>{money(Math.abs(later.netCents), locale)}</T>
              <T style={styles.small}>{t('result_headline_net_unit')}</T>
            </View>
          </View>
          <T style={[styles.muted, { marginTop: 4 }]}>
            {`${
              result.firstMonth.freedMinutes > 0
                ? t('result_headline_month1', { hours: hours(result.firstMonth.freedMinutes, locale), cost: money(result.firstMonth.costCents, locale) })
                : t('result_headline_month1_none')
            } ${t('result_headline_estimates')}`}
          </T>
        </View>
      ) : (
        <T style={{ marginTop: 10 }}>{t('result_headline_nothing')}</T>
      )}
      <CallToAction {...ctx} compact />

      <T style={styles.h2}>{t('result_start_heading')}</T>
      <T>{pick(start.text, locale)}</T>
      {start.firstTaskKeys.length > 0 ? <T style={{ marginTop: 4 }}>{`${t('result_start_first_tasks_label')}: ${names(start.firstTaskKeys)}`}</T> : null}

      <T style={styles.h2}>{t('result_buckets_heading')}</T>
      {BUCKETS.map((bucket) => {
        const tasks = result.tasks.filter((task) => task.bucket === bucket).sort((a, b) => b.score - a.score || b.minutesPerMonth - a.minutesPerMonth);
        return (
          <View key={bucket}>
            <T style={styles.h3}>{bucketTitle(t, bucket)}</T>
            {tasks.length === 0 ? (
              <T style={styles.muted}>{t(`result_bucket_${bucket.replace('-', '_')}_empty`)}</T>
            ) : (
              tasks.map((task) => (
                <View key={task.key} style={styles.task} wrap={false}>
                  <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
                    <T style={{ fontFamily: 'Helvetica-Bold', flex: 1 }}>{pick(task.label, locale)}</T>
                    <T style={styles.muted}>
                      {task.freedMinutes > 0
                        ? t('result_task_freed', { freed: hours(task.freedMinutes, locale), hours: hours(task.minutesPerMonth, locale) })
                        : t('result_task_hours', { hours: hours(task.minutesPerMonth, locale) })}
                    </T>
                  </View>
                  <T>{pick(task.advice, locale)}</T>
                </View>
              ))
            )}
          </View>
        );
      })}

      {result.ownTasks.length > 0 ? (
        <View wrap={false}>
          <T style={styles.h2}>{t('result_own_heading')}</T>
          <T>{t('result_own_intro')}</T>
          <Bullets items={result.ownTasks.map((task) => `${pick(task.label, locale)} (${t('result_task_hours', { hours: hours(task.minutesPerMonth, locale) })})`)} />
        </View>
      ) : null}

      <T style={styles.h2}>{t('result_trust_heading')}</T>
      <T style={styles.h3}>{t('result_trust_contact_heading')}</T>
      <T>{pick(result.trustPlan.contact, locale)}</T>
      {result.trustPlan.concerns.map((concern) => (
        <View key={concern.concern} wrap={false}>
          <T style={styles.h3}>{pick(concern.title, locale)}</T>
          <Bullets items={concern.steps.map((step) => pick(step, locale))} />
        </View>
      ))}
      {result.trustPlan.safeguards.length > 0 ? <T style={styles.h3}>{t('result_trust_safeguards_heading')}</T> : null}
      {result.trustPlan.safeguards.map((safeguard) => (
        <View key={safeguard.safeguard} style={{ marginTop: 4 }} wrap={false}>
          <T style={{ fontFamily: 'Helvetica-Bold' }}>{pick(safeguard.title, locale)}</T>
          <T>{pick(safeguard.text, locale)}</T>
          <T style={styles.small}>{`${t('result_trust_applies_to')} ${names(safeguard.taskKeys)}`}</T>
        </View>
      ))}

      <T style={styles.h2}>{t('result_first_month_heading')}</T>
      {result.firstMonthPlan.map((step) => (
        <View key={step.step} style={{ marginTop: 4 }} wrap={false}>
          <T style={{ fontFamily: 'Helvetica-Bold' }}>{`${pick(step.when, locale)} · ${pick(step.title, locale)}`}</T>
          <T>{pick(step.text, locale)}</T>
          {step.taskKeys.length > 0 ? <T style={styles.small}>{`${t('result_plan_tasks')} ${names(step.taskKeys)}`}</T> : null}
        </View>
      ))}

      {later.freedMinutes > 0 ? (
        <View wrap={false}>
          <T style={styles.h2}>{t('result_details_heading')}</T>
          <T>{t('result_details_intro')}</T>
          <PeriodTable {...ctx} result={result} />
          <T style={[styles.small, { marginTop: 4 }]}>
            {`${t('result_explain_estimates')} ${t('result_explain_value_billed', { rate: money(result.ownerRateCents, locale) })} ${t('result_explain_year', {
              net: money(later.netCents, locale),
              year: money(result.netCentsPerYear, locale),
            })}`}
          </T>
        </View>
      ) : null}
      <CallToAction {...ctx} compact={false} />
    </>
  );
}

/** A 1.0.0 result: its own figures, buckets with reasons, trust plan and start, as computed then. */
function ResultV1({ locale, t, view, result }: Ctx & { result: DelegationResultV1 }) {
  const totals = result.totals;
  const reason = (code: string) => t(`result_reason_${code.replace(/-/g, '_')}`);
  return (
    <>
      <T style={{ marginTop: 8 }}>{t('result_intro')}</T>
      <T style={styles.h2}>{t('result_figures_heading')}</T>
      {[
        [t('result_figure_freed_label'), hours(totals.freedMinutesPerMonth, locale)],
        [t('result_figure_va_label'), hours(totals.vaMinutesPerMonth, locale)],
        [t('result_figure_value_label'), money(totals.freedValueCentsPerMonth, locale)],
        [t('result_figure_cost_label'), money(totals.vaCostCentsPerMonth, locale)],
        [totals.netGainCentsPerMonth < 0 ? t('result_figure_net_negative_label') : t('result_figure_net_label'), money(Math.abs(totals.netGainCentsPerMonth), locale)],
      ].map(([label, value]) => (
        <View key={label} style={styles.row}>
          <T>{label}</T>
          <T>{value}</T>
        </View>
      ))}
      <T style={styles.h2}>{t('result_buckets_heading')}</T>
      {BUCKETS.map((bucket) => (
        <View key={bucket}>
          <T style={styles.h3}>{bucketTitle(t, bucket)}</T>
          {result.tasks
            .filter((task) => task.bucket === bucket)
            .map((task) => (
              <View key={task.key} style={styles.task} wrap={false}>
                <T style={{ fontFamily: 'Helvetica-Bold' }}>{`${pick(task.label, locale)} (${t('result_task_hours', { hours: hours(task.minutesPerMonth, locale) })})`}</T>
                <T style={styles.muted}>{task.reasons.map(reason).join(' · ')}</T>
              </View>
            ))}
        </View>
      ))}
      <T style={styles.h2}>{t('result_trust_heading')}</T>
      {result.trustPlan.map((step) => (
        <View key={step.concern} wrap={false}>
          <T style={styles.h3}>{pick(step.title, locale)}</T>
          <Bullets items={step.steps.map((text) => pick(text, locale))} />
        </View>
      ))}
      <CallToAction locale={locale} t={t} view={view} compact={false} />
    </>
  );
}

function ResultDocument({ view, locale }: { view: ResultView; locale: Locale }) {
  const t = resultCopy(locale);
  const ctx = { locale, t, view };
  return (
    <Document title={pdfText(t('result_greeting', { firstName: view.firstName }))} author={view.va.name ?? undefined} language={locale}>
      <Page size="A4" style={styles.page}>
        <Header {...ctx} />
        {view.result.engineVersion === '1.0.0' ? <ResultV1 {...ctx} result={view.result} /> : <ResultV2 {...ctx} result={view.result} />}
        <View style={styles.footer} fixed>
          <T>{brandLine(t, view)}</T>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export async function renderResultPdf(view: ResultView, locale: Locale): Promise<Buffer> {
  return renderToBuffer(<ResultDocument view={view} locale={locale} />);
}

/** "Delegatiescan Zoë de Vries.pdf" as the header allows: ASCII fallback plus the UTF-8 name. */
export function pdfFileName(name: string, locale: Locale): { ascii: string; utf8: string } {
  const base = `${locale === 'nl' ? 'Delegatiescan' : 'Delegation scan'} ${name.trim().replace(/\s+/g, ' ')}`.slice(0, 120);
  const ascii = base.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\/]/g, '').trim() || 'Delegatiescan';
  return { ascii: `${ascii}.pdf`, utf8: `${base}.pdf` };
}
