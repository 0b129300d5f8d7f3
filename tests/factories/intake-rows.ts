/**
 * Intake rows (each with its IntakeSnapshot) inserted straight into the database, for tests that
 * need many intakes or exact dates, statuses and amounts. The answers and result are a real
 * scan's (the engine's output for buildIntakeInput), with the contact details swapped in.
 * Anything that goes through the submit API belongs in tests that POST /api/intakes instead.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, ENGINE_VERSION } from '#shared/delegation/engine.ts';
import { PRIVACY_TEXT_VERSION, type CreateIntakeInput } from '#shared/schemas/intake.ts';
import type { DelegationResultV2 } from '#shared/schemas/result.ts';
import { toSearchText, type Db } from '../../server/lib/db.ts';
import { buildIntakeInput } from './intake.ts';

export type IntakeRowOverrides = {
  id?: string;
  name?: string;
  email?: string;
  company?: string | null;
  phone?: string | null;
  status?: string;
  createdAt?: Date;
  readAt?: Date | null;
  freedMinutesPerMonth?: number;
  netGainCentsPerMonth?: number;
  topBucket?: string | null;
  input?: CreateIntakeInput;
};

let cached: { input: CreateIntakeInput; result: DelegationResultV2 } | undefined;

function baseScan() {
  if (!cached) {
    const input = buildIntakeInput();
    const result = computeDelegation(input, { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS });
    cached = { input, result };
  }
  return cached;
}

let sequence = 0;

/** The data of one Intake row and of its IntakeSnapshot row (Prisma `createMany` input each). */
function intakeRow(overrides: IntakeRowOverrides = {}) {
  const base = baseScan();
  sequence += 1;
  const name = overrides.name ?? `Test Persoon ${sequence}`;
  const email = overrides.email ?? `persoon${sequence}@example.nl`;
  const company = overrides.company === undefined ? null : overrides.company;
  const phone = overrides.phone === undefined ? null : overrides.phone;
  const input = overrides.input ?? base.input;
  const answers: CreateIntakeInput = {
    ...input,
    contact: {
      ...input.contact,
      name,
      email,
      ...(company === null ? { company: undefined } : { company }),
      ...(phone === null ? { phone: undefined } : { phone }),
    },
  };
  const createdAt = overrides.createdAt ?? new Date();
  const id = overrides.id ?? `t${randomBytes(12).toString('hex')}`;
  const intake = {
    id,
    createdAt,
    locale: answers.locale,
    status: overrides.status ?? 'new',
    readAt: overrides.readAt ?? null,
    name,
    email,
    company,
    phone,
    searchText: toSearchText(name, email, company),
    businessKind: answers.about.businessKind,
    hoursPerWeek: answers.about.hoursPerWeek,
    rateKind: answers.about.rateKind,
    hourlyRateCents: answers.about.hourlyRateCents,
    vatStatus: answers.about.vatStatus,
    delegationExperience: answers.about.delegationExperience,
    mainPain: answers.about.mainPain,
    painNote: null,
    engineVersion: ENGINE_VERSION,
    catalogueVersion: DEFAULT_CATALOGUE.version,
    privacyConsentAt: createdAt,
    privacyConsentVersion: PRIVACY_TEXT_VERSION,
    followUpConsent: answers.contact.followUpConsent,
    followUpConsentAt: answers.contact.followUpConsent ? createdAt : null,
    freedMinutesPerMonth: overrides.freedMinutesPerMonth ?? base.result.fromMonthThree.freedMinutes,
    netGainCentsPerMonth: overrides.netGainCentsPerMonth ?? base.result.fromMonthThree.netCents,
    topBucket: overrides.topBucket === undefined ? 'now' : overrides.topBucket,
    idempotencyKeyHash: randomBytes(32).toString('hex'),
    requestFingerprint: randomBytes(32).toString('hex'),
  };
  const snapshot = { intakeId: id, answers: JSON.parse(JSON.stringify(answers)) as object, result: base.result };
  return { intake, snapshot };
}

/** Inserts one intake per entry (in batches, with their snapshots) and returns their ids in the same order. */
export async function insertIntakeRows(db: Db, rows: IntakeRowOverrides[]): Promise<string[]> {
  const data = rows.map((row) => intakeRow(row));
  for (let start = 0; start < data.length; start += 500) {
    const batch = data.slice(start, start + 500);
    await db.prisma.$transaction([
      db.prisma.intake.createMany({ data: batch.map((row) => row.intake) }),
      db.prisma.intakeSnapshot.createMany({ data: batch.map((row) => row.snapshot) }),
    ]);
  }
  return data.map((row) => row.intake.id);
}
