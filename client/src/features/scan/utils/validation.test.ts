import { describe, expect, it } from 'vitest';
import { completeScanValues } from '../testing/render-scan.tsx';
import { emptyScanFormValues } from './form-values.ts';
import {
  AboutForm,
  PICKER_ERROR_PATH,
  TasksForm,
  decodeFieldError,
  firstStepWithProblems,
  problemsFromServer,
  toFormPath,
  validateScan,
  validateStep,
} from './validation.ts';

describe('toFormPath', () => {
  it('maps API field names to the inputs that feed them', () => {
    expect(toFormPath('about', ['hourlyRateCents'])).toBe('hourlyRate');
    expect(toFormPath('tasks', ['customTasks', 2, 'minutesPerMonth'])).toBe('customTasks.2.hours');
    expect(toFormPath('tasks', ['catalogueTasks'])).toBe(PICKER_ERROR_PATH);
    expect(toFormPath('contact', ['email'])).toBe('email');
  });
});

describe('validateStep', () => {
  it('accepts a complete scan, step by step and as a whole', () => {
    const values = completeScanValues();
    expect(validateStep('about', values.about)).toEqual([]);
    expect(validateStep('tasks', values.tasks)).toEqual([]);
    expect(validateStep('collaboration', values.collaboration)).toEqual([]);
    expect(validateStep('contact', values.contact)).toEqual([]);
    const result = validateScan(values, 'en');
    expect(result.success && result.data.tasks.catalogueTasks[0]?.minutesPerMonth).toBe(360);
  });

  it('gives one problem per empty field, in form order', () => {
    const problems = validateStep('about', emptyScanFormValues().about);
    expect(problems.map((p) => [p.path, p.error.code])).toEqual([
      ['businessKind', 'choose'],
      ['hoursPerWeek', 'required'],
      ['hourlyRate', 'required'],
      ['vatStatus', 'choose'],
      ['delegationExperience', 'choose'],
      ['mainPain', 'choose'],
    ]);
  });

  it('takes the limits for messages from the shared schema', () => {
    const about = { ...completeScanValues().about, hoursPerWeek: '38,5', hourlyRate: '5' };
    expect(validateStep('about', about)).toEqual([
      { path: 'hoursPerWeek', error: { code: 'whole-range', min: 1, max: 100 } },
      { path: 'hourlyRate', error: { code: 'rate-range', minCents: 1000, maxCents: 100000 } },
    ]);
    const tasks = completeScanValues().tasks;
    const tooMuch = { ...tasks, catalogueTasks: [{ ...tasks.catalogueTasks[0]!, hours: '0,1' }] };
    expect(validateStep('tasks', tooMuch)).toEqual([
      { path: 'catalogueTasks.0.hours', error: { code: 'hours-range', minMinutes: 15, maxMinutes: 9600 } },
    ]);
  });

  it('asks for a task when none is picked, and checks own tasks', () => {
    expect(validateStep('tasks', { catalogueTasks: [], customTasks: [] })).toEqual([
      { path: PICKER_ERROR_PATH, error: { code: 'pick-task' } },
    ]);
    const own = { label: 'x', categoryId: '', hours: '2', feeling: 'neutral', skill: 'fine', needsMe: 'no' } as const;
    expect(validateStep('tasks', { catalogueTasks: [], customTasks: [own] })).toEqual([
      { path: 'customTasks.0.label', error: { code: 'too-short', min: 2 } },
      { path: 'customTasks.0.categoryId', error: { code: 'choose' } },
    ]);
  });
});

describe('problems from the whole scan and from the server', () => {
  it('groups problems per step and finds the first step to show', () => {
    const values = completeScanValues();
    const result = validateScan({ ...values, contact: { ...values.contact, privacyConsent: false } }, 'nl');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems).toEqual({ contact: [{ path: 'privacyConsent', error: { code: 'privacy' } }] });
    expect(firstStepWithProblems(result.problems)).toBe('contact');
  });

  it('maps 422 issues onto fields, with our message when the form knows one', () => {
    const values = completeScanValues();
    values.contact.email = 'not-an-email';
    const problems = problemsFromServer(
      [
        { path: 'contact.email', message: 'Invalid email address' },
        { path: 'tasks.catalogueTasks.0.taskId', message: 'Unknown task' },
        { path: 'locale', message: 'Invalid option' },
      ],
      values,
    );
    expect(problems).toEqual({
      contact: [{ path: 'email', error: { code: 'email' } }],
      tasks: [{ path: 'catalogueTasks.0.taskId', error: { code: 'invalid' } }],
    });
    expect(firstStepWithProblems(problems)).toBe('tasks');
  });
});

describe('step form schemas (what zodResolver validates each step with)', () => {
  it('turn the answers as typed into the shared shape', () => {
    const result = AboutForm.safeParse({ ...completeScanValues().about, hourlyRate: '82,50' });
    expect(result.success && result.data).toMatchObject({ hoursPerWeek: 40, hourlyRateCents: 8250 });
  });

  it('report each problem on its form field, as a code the page puts into words', () => {
    const task = completeScanValues().tasks.catalogueTasks[0]!;
    const result = TasksForm.safeParse({ catalogueTasks: [{ ...task, hours: '', feeling: null }], customTasks: [] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), decodeFieldError(issue.message)])).toEqual([
      ['catalogueTasks.0.hours', { code: 'required' }],
      ['catalogueTasks.0.feeling', { code: 'choose' }],
    ]);
    expect(TasksForm.safeParse({ catalogueTasks: [], customTasks: [] }).error?.issues[0]?.path).toEqual(['root', 'picker']);
  });
});
