import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/** What a person reads on screen, per language: the test finds everything by role and label. */
const texts = {
  nl: {
    businessKind: 'Wat voor bedrijf heb je?',
    coach: 'Coach of trainer',
    hoursPerWeek: 'Hoeveel uur werk je gemiddeld per week?',
    hourlyRate: "Uurtarief in euro's",
    vatNormal: 'Ja, ik reken btw',
    never: 'Nee, nog nooit',
    adminPiles: 'Mijn administratie stapelt zich op',
    next: 'Volgende',
    back: 'Vorige',
    stepHeadings: ['Over jou', 'Je taken', 'Samenwerken', 'Je gegevens'],
    tasks: ['Inbox bijhouden en sorteren', 'Afspraken plannen met klanten'],
    adminCategory: 'Administratie, facturatie & boekhouding',
    sensitiveTask: 'Betalingsherinneringen sturen',
    hours: 'Uur per maand',
    feeling: 'Hoe voelt deze taak?',
    drains: 'Kost me energie',
    skill: 'Hoe goed ben je erin?',
    othersBetter: 'Een ander kan het beter',
    needsMe: 'Moet jij dit persoonlijk doen?',
    no: 'Nee',
    addOwnTask: 'Eigen taak toevoegen',
    ownTaskLabel: 'Omschrijving',
    ownTaskCategory: 'Onder welk onderwerp valt het?',
    ownTask: 'Offertes uitwerken',
    email: 'E-mail',
    video: 'Videobellen',
    weekly: 'Eén keer per week',
    control: 'Ik ben bang de controle kwijt te raken',
    monthlyHours: 'Met een vast aantal uren per maand',
    name: 'Je naam',
    emailAddress: 'Je e-mailadres',
    privacy: 'Ik ga akkoord met het gebruik van mijn gegevens zoals hierboven beschreven.',
    requiredError: 'Vul dit nog even in.',
    privacyError: 'Zonder jouw akkoord kan ik je scan niet verwerken.',
    submit: 'Bekijk mijn uitslag',
    greeting: 'Hoi Zoë, dit is je delegatiescan',
    headline: 'Wat het je oplevert',
    pdf: 'Download als pdf',
    buckets: 'Welke taken je kunt overdragen',
    trust: 'Zo bouwen we vertrouwen op',
    book: 'Plan een kennismakingsgesprek',
    erase: 'Wis mijn gegevens',
    eraseConfirm: 'Ja, wis alles',
    erased: 'Je gegevens zijn gewist',
    notFound: 'Dit resultaat kan ik niet vinden',
    money: /€\s?\d/,
  },
  en: {
    businessKind: 'What kind of business do you run?',
    coach: 'Coach or trainer',
    hoursPerWeek: 'How many hours do you work in an average week?',
    hourlyRate: 'Hourly rate in euros',
    vatNormal: 'Yes, I charge VAT',
    never: 'No, never',
    adminPiles: 'My admin keeps piling up',
    next: 'Next',
    back: 'Back',
    stepHeadings: ['About you', 'Your tasks', 'Working together', 'Your details'],
    tasks: ['Inbox triage', 'Scheduling meetings with clients'],
    adminCategory: 'Admin, invoicing & bookkeeping prep',
    sensitiveTask: 'Sending payment reminders',
    hours: 'Hours a month',
    feeling: 'How does this task feel?',
    drains: 'It drains me',
    skill: 'How good are you at it?',
    othersBetter: 'Someone else does it better',
    needsMe: 'Does it need you personally?',
    no: 'No',
    addOwnTask: 'Add your own task',
    ownTaskLabel: 'Description',
    ownTaskCategory: 'Which area does it belong to?',
    ownTask: 'Writing quotes',
    email: 'Email',
    video: 'Video call',
    weekly: 'Once a week',
    control: "I'm afraid of losing control",
    monthlyHours: 'With a fixed number of hours a month',
    name: 'Your name',
    emailAddress: 'Your email address',
    privacy: 'I agree to my data being used as described above.',
    requiredError: 'Please fill this in.',
    privacyError: "I can't process your scan without your consent.",
    submit: 'See my result',
    greeting: 'Hi Zoë, here is your delegation scan',
    headline: 'What it gains you',
    pdf: 'Download as PDF',
    buckets: 'Which tasks you could hand over',
    trust: 'How we build trust',
    book: 'Book an intro call',
    erase: 'Erase my data',
    eraseConfirm: 'Yes, erase everything',
    erased: 'Your data has been erased',
    notFound: "I can't find this result",
    money: /€\d/,
  },
} as const;

type Texts = (typeof texts)[keyof typeof texts];

async function expectStep(page: Page, t: Texts, index: number) {
  await expect(page.getByRole('heading', { level: 1, name: t.stepHeadings[index] })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAccessibleName(new RegExp(`${index + 1}.*4`));
}

async function fillAbout(page: Page, t: Texts) {
  await page.getByLabel(t.businessKind).selectOption({ label: t.coach });
  await page.getByLabel(t.hoursPerWeek).fill('36');
  await page.getByLabel(t.hourlyRate).fill('85');
  await page.getByRole('radio', { name: t.vatNormal }).check();
  await page.getByRole('radio', { name: t.never }).check();
  await page.getByRole('radio', { name: t.adminPiles }).check();
}

async function describeTask(page: Page, t: Texts, task: string, hours: string) {
  const card = page.getByRole('group', { name: task, exact: true });
  await card.getByLabel(t.hours).fill(hours);
  await card.getByRole('group', { name: t.feeling }).getByRole('radio', { name: t.drains }).check();
  await card.getByRole('group', { name: t.skill }).getByRole('radio', { name: t.othersBetter }).check();
  await card.getByRole('group', { name: t.needsMe }).getByRole('radio', { name: t.no, exact: true }).check();
}

async function fillTasks(page: Page, t: Texts) {
  for (const task of t.tasks) await page.getByRole('checkbox', { name: task }).check();
  await page.getByRole('button', { name: t.adminCategory }).click();
  await page.getByRole('checkbox', { name: t.sensitiveTask }).check();
  await describeTask(page, t, t.tasks[0], '6');
  await describeTask(page, t, t.tasks[1], '3,5');
  await describeTask(page, t, t.sensitiveTask, '2');
}

async function fillCollaboration(page: Page, t: Texts) {
  await page.getByRole('checkbox', { name: t.email, exact: true }).check();
  await page.getByRole('checkbox', { name: t.video }).check();
  await page.getByRole('radio', { name: t.weekly }).check();
  await page.getByRole('checkbox', { name: t.control }).check();
  await page.getByRole('radio', { name: t.monthlyHours }).check();
}

async function fillContact(page: Page, t: Texts) {
  await page.getByLabel(t.name).fill('Zoë de Vries');
  await page.getByLabel(t.emailAddress).fill('zoe@example.nl');
  await page.getByRole('checkbox', { name: t.privacy }).check();
}

async function next(page: Page, t: Texts) {
  await page.getByRole('button', { name: t.next }).click();
}

for (const lang of ['nl', 'en'] as const) {
  test(`a prospect takes the whole scan in ${lang === 'nl' ? 'Dutch' : 'English'}, comes back to the result and erases it`, async ({ page, browser }) => {
    const t = texts[lang];
    const pageErrors = collectPageErrors(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    // Step 1: Next is refused with messages per field in the user's language.
    await expectStep(page, t, 0);
    await expectNoAxeViolations(page, 'step 1');
    await expectNoHorizontalScroll(page, 'step 1');
    await next(page, t);
    await expect(page.getByText(t.requiredError).first()).toBeVisible();
    await expectNoAxeViolations(page, 'step 1 with errors');
    await fillAbout(page, t);
    await next(page, t);

    // Step 2: tasks from the catalogue, details per task. The browser's back button (or a
    // phone's back gesture) goes to the previous step, not away from the scan.
    await expectStep(page, t, 1);
    await page.goBack();
    await expectStep(page, t, 0);
    await expect(page.getByLabel(t.hoursPerWeek)).toHaveValue('36');
    await page.goForward();
    await expectStep(page, t, 1);
    await fillTasks(page, t);
    await expectNoAxeViolations(page, 'step 2');
    await expectNoHorizontalScroll(page, 'step 2');
    await next(page, t);

    // Halfway: a reload keeps every answer and the step.
    await expectStep(page, t, 2);
    await page.waitForTimeout(800); // autosave is debounced
    await page.reload();
    await expectStep(page, t, 2);
    await page.getByRole('button', { name: t.back }).click();
    await expectStep(page, t, 1);
    await expect(page.getByRole('group', { name: t.tasks[1], exact: true }).getByLabel(t.hours)).toHaveValue('3,5');
    await next(page, t);

    // Step 3.
    await expectStep(page, t, 2);
    await expectNoAxeViolations(page, 'step 3');
    await fillCollaboration(page, t);
    await next(page, t);

    // Step 4: consent is required.
    await expectStep(page, t, 3);
    await page.getByLabel(t.name).fill('Zoë de Vries');
    await page.getByLabel(t.emailAddress).fill('zoe@example.nl');
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page.getByText(t.privacyError)).toBeVisible();
    await expectNoAxeViolations(page, 'step 4 with errors');
    await fillContact(page, t);
    await page.getByRole('button', { name: t.submit }).click();

    // The result, at its own unguessable address.
    await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByRole('heading', { name: t.greeting })).toBeVisible();
    await expect(page.getByRole('heading', { name: t.buckets })).toBeVisible();
    await expect(page.getByRole('heading', { name: t.trust })).toBeVisible();
    await expect(page.getByText(t.money).first()).toBeVisible();
    await expect(page.getByRole('link', { name: t.book }).first()).toHaveAttribute('href', 'https://example.nl/kennismaken');
    // On a phone the headline figures and the call to action are on the first screen.
    for (const [width, height] of [[360, 740], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const element of [page.getByRole('region', { name: t.headline }), page.getByRole('link', { name: t.book }).first()]) {
        await expect(element).toBeInViewport({ ratio: 1 });
      }
    }
    await page.setViewportSize({ width: 360, height: 780 });
    // The PDF download: a real PDF from the server.
    const pdfHref = await page.getByRole('link', { name: t.pdf }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toContain('Zo%C3%AB%20de%20Vries.pdf');
    await expectNoAxeViolations(page, 'the result page');
    await expectNoHorizontalScroll(page, 'the result page');
    const resultUrl = page.url();

    // Printed, it is the result alone: no buttons, no language switch.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: t.erase })).toBeHidden();
    await expect(page.getByRole('heading', { name: t.buckets })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The same link in a fresh browser (no local storage, no cookies) shows the same result.
    const other = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const otherPage = await other.newPage();
    await otherPage.goto(resultUrl);
    await expect(otherPage.getByRole('heading', { name: t.greeting })).toBeVisible();

    // Erase, with a confirmation first; afterwards the link leads nowhere.
    await otherPage.getByRole('button', { name: t.erase }).click();
    await otherPage.getByRole('button', { name: t.eraseConfirm }).click();
    await expect(otherPage.getByRole('heading', { name: t.erased })).toBeVisible();
    await other.close();

    await page.goto(resultUrl);
    await expect(page.getByRole('heading', { name: t.notFound })).toBeVisible();
    await expectNoAxeViolations(page, 'the not-found result');

    // A new scan starts empty: the draft was cleared after submitting.
    await page.goto('/');
    await expect(page.getByLabel(t.hoursPerWeek)).toHaveValue('');
    expect(pageErrors).toEqual([]);
  });
}

/** Presses Tab until the target has focus: proves it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

test('step 1 can be completed with the keyboard alone', async ({ page }) => {
  const t = texts.nl;
  await page.goto('/');
  await tabTo(page, page.getByRole('combobox', { name: t.businessKind }));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('textbox', { name: t.hoursPerWeek }));
  await page.keyboard.type('30');
  await tabTo(page, page.getByRole('textbox', { name: t.hourlyRate }));
  await page.keyboard.type('70');
  await tabTo(page, page.getByRole('radio', { name: t.vatNormal }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: t.never }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: 'Ik heb te weinig tijd voor mijn klanten' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: t.next }));
  await page.keyboard.press('Enter');
  await expectStep(page, t, 1);
  // The heading of the new step has focus, so a screen reader announces where you are.
  await expect(page.getByRole('heading', { level: 1, name: t.stepHeadings[1] })).toBeFocused();
  // A task is picked with the space bar.
  await tabTo(page, page.getByRole('checkbox', { name: t.tasks[0] }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: t.tasks[0], exact: true })).toBeVisible();
});

test('a wrong or tampered result link shows a friendly page that reveals nothing', async ({ page }) => {
  for (const token of ['AAAAAAAAAAAAAAAAAAAAAA', 'tampered!', 'x']) {
    await page.goto(`/r/${token}`);
    await expect(page.getByRole('heading', { name: texts.nl.notFound })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'a wrong result link');
});
