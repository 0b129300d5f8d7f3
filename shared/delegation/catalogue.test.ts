import { describe, expect, test } from 'vitest';
import { LEVELS } from '../schemas/result.ts';
import { LocalizedText } from '../schemas/common.ts';
import {
  CUSTOM_TASK_KEY_PREFIX,
  DEFAULT_CATALOGUE,
  catalogueProblems,
  findCatalogueCategory,
  findCatalogueTask,
} from './catalogue.ts';
import type { Catalogue } from './catalogue-types.ts';

const { categories, tasks } = DEFAULT_CATALOGUE;

describe('DEFAULT_CATALOGUE', () => {
  test('has at least 40 tasks in at least the 8 categories of docs/product.md', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(44);
    expect(categories.map((category) => category.id)).toEqual([
      'email-agenda',
      'admin-invoicing',
      'customer-contact',
      'social-newsletters',
      'website-tools',
      'research-organising',
      'events-travel',
      'documents-correspondence',
    ]);
  });

  test('has a version and no problems', () => {
    expect(DEFAULT_CATALOGUE.version).toMatch(/^\d{4}\.\d{2}-\d+$/);
    expect(catalogueProblems(DEFAULT_CATALOGUE)).toEqual([]);
  });

  test('ids are unique, kebab-case and never look like an own task key', () => {
    const ids = [...categories.map((c) => c.id), ...tasks.map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.startsWith(CUSTOM_TASK_KEY_PREFIX)).toBe(false);
    }
  });

  test('every category is used by at least five tasks, every task has a known category', () => {
    for (const category of categories) {
      expect(tasks.filter((t) => t.categoryId === category.id).length).toBeGreaterThanOrEqual(5);
    }
    for (const task of tasks) expect(findCatalogueCategory(DEFAULT_CATALOGUE, task.categoryId)).toBeDefined();
  });

  test.each(tasks.map((task) => [task.id, task] as const))('%s: every field in range', (_id, task) => {
    expect(Number.isInteger(task.delegability)).toBe(true);
    expect(task.delegability).toBeGreaterThanOrEqual(0);
    expect(task.delegability).toBeLessThanOrEqual(100);
    expect(LEVELS).toContain(task.setupEffort);
    expect(LEVELS).toContain(task.sensitivity);
    expect(Number.isInteger(task.vaEfficiencyPercent)).toBe(true);
    expect(task.vaEfficiencyPercent).toBeGreaterThanOrEqual(60);
    expect(task.vaEfficiencyPercent).toBeLessThanOrEqual(100);
  });

  test.each(tasks.map((task) => [task.id, task] as const))(
    '%s: Dutch and English texts are filled in and really translated',
    (_id, task) => {
      for (const text of [task.label, task.hint]) {
        expect(LocalizedText.parse(text)).toEqual(text);
        expect(text.nl).not.toBe(text.en);
      }
      expect(task.label.nl.length).toBeLessThanOrEqual(60);
      expect(task.hint.nl.length).toBeLessThanOrEqual(140);
      expect(task.hint.en.length).toBeLessThanOrEqual(140);
    },
  );

  test('category labels are filled in; all but "Website & online tools" differ per language', () => {
    for (const category of categories) {
      expect(LocalizedText.parse(category.label)).toEqual(category.label);
      if (category.id !== 'website-tools') expect(category.label.nl).not.toBe(category.label.en);
    }
  });

  test('every category offers quick wins, including the ones VAs start with (inbox, agenda, travel, invoicing)', () => {
    // Sensitivity no longer holds a quick win back (it adds trust steps): low set-up, no risk.
    const quickWins = tasks.filter((t) => t.setupEffort === 'low' && t.risk === 'none');
    expect(quickWins.length).toBeGreaterThanOrEqual(25);
    for (const category of categories) expect(quickWins.some((t) => t.categoryId === category.id)).toBe(true);
    for (const id of ['inbox-triage', 'calendar-management', 'meeting-scheduling', 'travel-booking', 'invoicing']) {
      expect(quickWins.map((t) => t.id)).toContain(id);
    }
  });

  test('moving money, passwords and bulk personal data are highly sensitive and carry their risk', () => {
    const byId = (id: string) => findCatalogueTask(DEFAULT_CATALOGUE, id);
    expect(byId('bill-payments')).toMatchObject({ sensitivity: 'high', risk: 'moves-money' });
    expect(byId('accounts-passwords')).toMatchObject({ sensitivity: 'high', risk: 'passwords' });
    for (const id of ['crm-upkeep', 'mailing-list', 'client-onboarding', 'course-platform']) {
      expect(byId(id)).toMatchObject({ sensitivity: 'high', risk: 'personal-data' });
    }
    expect(byId('invoicing')).toMatchObject({ sensitivity: 'high', risk: 'none' });
  });

  test('tasks that need the same access are equally sensitive (agenda management and meeting scheduling)', () => {
    const byAccess = new Map<string, Set<string>>();
    for (const task of tasks) byAccess.set(task.access, (byAccess.get(task.access) ?? new Set()).add(`${task.sensitivity}/${task.risk}`));
    for (const [access, levels] of byAccess) expect([access, levels.size]).toEqual([access, 1]);
    expect(findCatalogueTask(DEFAULT_CATALOGUE, 'calendar-management')?.sensitivity).toBe(
      findCatalogueTask(DEFAULT_CATALOGUE, 'meeting-scheduling')?.sensitivity,
    );
  });

  test('catalogue 2 holds what Dutch freelancers really hand over, and keeps every task id of version 1', () => {
    for (const id of [
      'bookkeeping-upkeep', 'hours-criterion', 'linkedin', 'freelance-platforms', 'google-business-profile',
      'client-onboarding', 'course-platform', 'private-admin', 'bill-payments',
    ]) {
      expect(findCatalogueTask(DEFAULT_CATALOGUE, id), id).toBeDefined();
    }
    expect(findCatalogueTask(DEFAULT_CATALOGUE, 'bookkeeping-upkeep')?.hint.nl).toMatch(/Moneybird, e-Boekhouden, Jortt of SnelStart/);
    const version1 = ['inbox-triage', 'routine-email-replies', 'calendar-management', 'payment-reminders', 'cards-gifts', 'proofreading'];
    for (const id of version1) expect(findCatalogueTask(DEFAULT_CATALOGUE, id)).toBeDefined();
    expect(DEFAULT_CATALOGUE.version).not.toBe('2026.11-1');
  });
});

describe('lookups', () => {
  test('findCatalogueTask and findCatalogueCategory', () => {
    expect(findCatalogueTask(DEFAULT_CATALOGUE, 'minutes')?.categoryId).toBe('documents-correspondence');
    expect(findCatalogueTask(DEFAULT_CATALOGUE, 'nope')).toBeUndefined();
    expect(findCatalogueCategory(DEFAULT_CATALOGUE, 'events-travel')?.label.nl).toBe('Evenementen & reizen');
    expect(findCatalogueCategory(DEFAULT_CATALOGUE, 'nope')).toBeUndefined();
  });
});

describe('catalogueProblems', () => {
  test('names what is wrong with an edited catalogue', () => {
    const first = tasks[0];
    if (!first) throw new Error('empty catalogue');
    const broken: Catalogue = {
      version: ' ',
      categories: [...categories, { id: 'email-agenda', label: { nl: 'x', en: 'y' } }],
      tasks: [
        first,
        { ...first },
        { ...first, id: 'custom-1' },
        { ...first, id: 'Bad Id', categoryId: 'nowhere' },
        { ...first, id: 'floaty', delegability: 80.5, vaEfficiencyPercent: 0 },
        { ...first, id: 'levels', setupEffort: 'huge' as 'low', sensitivity: 'none' as 'low' },
        { ...first, id: 'empty-text', hint: { nl: ' ', en: 'x' } },
        { ...first, id: 'odd-access', sensitivity: 'low', risk: 'moves-money' },
      ],
    };
    const problems = catalogueProblems(broken);
    expect(problems).toEqual([
      'The catalogue has no version.',
      'Category id "email-agenda" is used twice.',
      'Task "inbox-triage": id is used twice.',
      'Task "custom-1": ids starting with "custom-" are reserved for own tasks.',
      'Task "Bad Id": id is not kebab-case.',
      'Task "Bad Id": unknown category "nowhere".',
      'Task "floaty": delegability must be an integer 0–100.',
      'Task "floaty": vaEfficiencyPercent must be an integer 1–100.',
      'Task "levels": setupEffort must be low, medium or high.',
      'Task "levels": sensitivity must be low, medium or high.',
      'Task "levels": access "mailbox" is medium sensitivity, not none.',
      'Task "empty-text": a text is empty.',
      'Task "odd-access": access "mailbox" is medium sensitivity, not low.',
      'Task "odd-access": access "mailbox" carries risk none, not moves-money.',
    ]);
  });
});
