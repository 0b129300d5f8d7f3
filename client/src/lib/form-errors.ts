import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ApiFieldIssue } from '#shared/schemas/common.ts';

export type ServerErrorOptions<TValues extends FieldValues> = {
  /**
   * The form field an API path belongs to, when the form's names differ from the API's;
   * undefined when the issue is on no field of this form. Default: the same path.
   */
  field?: (apiPath: string) => string | undefined;
  /**
   * What the field's error carries (often the form's own code, translated at render). Default:
   * the server's message.
   */
  message?: (issue: ApiFieldIssue, field: Path<TValues>) => string;
  /**
   * Focus the first field with an error (the default; react-hook-form does so after the render
   * that shows it). False for a form whose fields are disabled while it sends: it focuses the
   * first invalid field in DOM order itself once they are enabled again.
   */
  focus?: boolean;
};

export type ServerErrorsShown<TValues extends FieldValues> = {
  /** The fields that got an error, in the order of the issues. */
  fields: Path<TValues>[];
  /** Some issue named no field of this form: the form should say so in general words. */
  unmatched: boolean;
};

/**
 * The one way from a 422's issues to a form's fields: each issue goes to its form field (a path
 * the form has a value at), at most one error per field, with `type: 'server'`, and the first
 * field gets focus. What matched nothing is reported, not dropped in silence.
 */
export function showServerErrors<TValues extends FieldValues>(
  form: Pick<UseFormReturn<TValues>, 'getValues' | 'setError' | 'setFocus'>,
  issues: readonly ApiFieldIssue[],
  { field = (path) => path, message = (issue) => issue.message, focus = true }: ServerErrorOptions<TValues> = {},
): ServerErrorsShown<TValues> {
  const fields: Path<TValues>[] = [];
  let unmatched = false;
  for (const issue of issues) {
    const name = field(issue.path) as Path<TValues> | undefined;
    if (name === undefined || form.getValues(name) === undefined) {
      unmatched = true;
      continue;
    }
    if (fields.includes(name)) continue;
    fields.push(name);
    form.setError(name, { type: 'server', message: message(issue, name) });
  }
  const first = fields[0];
  if (focus && first !== undefined) form.setFocus(first);
  return { fields, unmatched };
}
