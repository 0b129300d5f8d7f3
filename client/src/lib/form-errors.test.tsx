import { act, render, screen, waitFor } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { ApiFieldIssue } from '#shared/schemas/common.ts';
import { showServerErrors, type ServerErrorOptions, type ServerErrorsShown } from './form-errors.ts';

type Values = { name: string; contact: { email: string } };

/** A real react-hook-form form; `run` gets the form once it is rendered. */
function renderForm() {
  let form: UseFormReturn<Values> | undefined;
  function Form() {
    const current = useForm<Values>({ defaultValues: { name: '', contact: { email: '' } } });
    form = current;
    const { errors } = current.formState;
    return (
      <form>
        <label>
          Name
          <input {...current.register('name')} aria-invalid={errors.name ? true : undefined} />
        </label>
        {errors.name ? <p>name: {errors.name.message} ({errors.name.type})</p> : null}
        <label>
          E-mail
          <input {...current.register('contact.email')} aria-invalid={errors.contact?.email ? true : undefined} />
        </label>
        {errors.contact?.email ? <p>email: {errors.contact.email.message}</p> : null}
      </form>
    );
  }
  render(<Form />);
  return (issues: ApiFieldIssue[], options?: ServerErrorOptions<Values>) => {
    let shown: ServerErrorsShown<Values> | undefined;
    act(() => {
      shown = showServerErrors(form!, issues, options);
    });
    return shown!;
  };
}

describe('showServerErrors', () => {
  it('puts each issue on its field, one error per field, and focuses the first', async () => {
    const show = renderForm();
    const shown = show([
      { path: 'contact.email', message: 'Invalid email' },
      { path: 'name', message: 'Too short' },
      { path: 'contact.email', message: 'A second reason' },
    ]);
    expect(shown).toEqual({ fields: ['contact.email', 'name'], unmatched: false });
    expect(screen.getByText('email: Invalid email')).toBeInTheDocument();
    expect(screen.getByText('name: Too short (server)')).toBeInTheDocument();
    // react-hook-form focuses after the commit that shows the errors.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports issues on no field of the form, and still shows the others', async () => {
    const show = renderForm();
    const shown = show([
      { path: 'startStamp', message: 'Too fast' },
      { path: 'name', message: 'Required' },
    ]);
    expect(shown).toEqual({ fields: ['name'], unmatched: true });
    expect(screen.getByText('name: Required (server)')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus());
  });

  it("maps the API's names onto the form's, and its messages onto the form's own", async () => {
    const show = renderForm();
    const shown = show([{ path: 'email', message: 'Invalid email', code: 'email-invalid' }, { path: 'website', message: 'Bot' }], {
      field: (path) => (path === 'email' ? 'contact.email' : undefined),
      message: (issue, field) => `${field} is ${issue.code ?? 'wrong'}`,
      focus: false,
    });
    expect(shown).toEqual({ fields: ['contact.email'], unmatched: true });
    expect(screen.getByText('email: contact.email is email-invalid')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('textbox', { name: 'E-mail' })).not.toHaveFocus();
  });

  it('says nothing matched when no issue names a field', async () => {
    const show = renderForm();
    expect(show([{ path: '(root)', message: 'Invalid' }])).toEqual({ fields: [], unmatched: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.body).toHaveFocus();
  });
});
