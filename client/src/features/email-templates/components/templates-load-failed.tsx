import type { UseQueryResult } from '@tanstack/react-query';
import { Button } from '../../../components/ui/button.tsx';
import { m } from '../../../paraglide/messages.js';
import { noticeClass } from '../../../components/admin/styles.ts';

type TemplatesLoadFailedProps = {
  templates: Pick<UseQueryResult, 'isFetching' | 'refetch'>;
  /** Its margin, which differs per page. */
  className: string;
};

/** The templates did not load: says so, with a retry that waits while one is on its way. */
export function TemplatesLoadFailed({ templates, className }: TemplatesLoadFailedProps) {
  return (
    <div role="alert" className={`${className} ${noticeClass.error}`}>
      <p>{m.emailtemplates_load_failed()}</p>
      <Button
        variant="secondary"
        className="mt-3"
        aria-disabled={templates.isFetching || undefined}
        onClick={() => {
          if (!templates.isFetching) void templates.refetch();
        }}
      >
        {m.emailtemplates_retry()}
      </Button>
    </div>
  );
}
