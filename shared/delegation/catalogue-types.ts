import type { LocalizedText } from '../schemas/common.ts';
import type { AccessKind, Level, Risk } from '../schemas/result.ts';

export type CatalogueCategory = {
  id: string;
  label: LocalizedText;
};

export type CatalogueTask = {
  id: string;
  categoryId: string;
  label: LocalizedText;
  /** One short line that makes the task recognisable. */
  hint: LocalizedText;
  /** 0–100: how well a remote VA can do this (a delegability of 0.85 is stored as 85). */
  delegability: number;
  /** How much instruction the VA needs before taking it over. */
  setupEffort: Level;
  /** Access to money, personal data or passwords; the same for every task with the same access. */
  sensitivity: Level;
  /** What the VA needs to get at (access.ts): sets the trust steps and the first step. */
  access: AccessKind;
  /** Moves money, handles passwords or bulk personal data: waits for onboarding, starts read-only or four-eyes. */
  risk: Risk;
  /** VA minutes per 100 owner minutes (typically 60–100): a VA who does it daily is faster. */
  vaEfficiencyPercent: number;
};

export type Catalogue = {
  version: string;
  categories: readonly CatalogueCategory[];
  tasks: readonly CatalogueTask[];
};
