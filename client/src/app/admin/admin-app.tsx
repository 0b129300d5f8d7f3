import { useQueryClient } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { Route, Switch } from 'wouter';
import { AdminClientContext, createAdminClient } from '../../lib/admin/admin-client.ts';
import { createAdminFetch } from '../../lib/admin/admin-fetch.ts';
import { currentCsrfToken, forgetSession, getSessionQueryOptions, isSignedIn } from '../../lib/admin/get-session.ts';
import { AdminLayout } from './admin-layout.tsx';
import { AdminNotFoundPage } from '../../components/admin/admin-not-found-page.tsx';
import { InboxPage } from '../../features/inbox/components/inbox-page.tsx';
import { IntakeDetailPage } from '../../features/inbox/components/intake-detail-page.tsx';
import { FollowUpSection } from '../../features/follow-ups/components/follow-up-section.tsx';
import { ResultView } from '../../features/result/components/result-view.tsx';
import { SetupChecklist } from '../../features/setup/components/setup-checklist.tsx';
import { LoginPage } from '../../features/auth/components/login-page.tsx';
import { RequireSession } from './require-session.tsx';
// This page's utilities, outside the scan's first load (docs/decisions/0028-first-load-react-query-and-css-off.md).
import '../../later-pages.css';

// The settings and the outbox are their own features and their own chunks.
const SettingsPage = lazy(() =>
  import('../../features/admin-settings/components/settings-page.tsx').then((module) => ({ default: module.SettingsPage })),
);
const OutboxPage = lazy(() =>
  import('../../features/outbox/components/outbox-page.tsx').then((module) => ({ default: module.OutboxPage })),
);
const OutboxMessagePage = lazy(() =>
  import('../../features/outbox/components/outbox-message-page.tsx').then((module) => ({ default: module.OutboxMessagePage })),
);
const EmailTemplatesRoutes = lazy(() =>
  import('../../features/email-templates/components/email-templates-routes.tsx').then((module) => ({ default: module.EmailTemplatesRoutes })),
);
const InsightPage = lazy(() =>
  import('../../features/insight/components/insight-page.tsx').then((module) => ({ default: module.InsightPage })),
);
const AccountPage = lazy(() =>
  import('../../features/account/components/account-page.tsx').then((module) => ({ default: module.AccountPage })),
);
const RetentionPage = lazy(() =>
  import('../../features/retention/components/retention-page.tsx').then((module) => ({ default: module.RetentionPage })),
);

/**
 * The back office (/admin/*, a nested router: the paths below are relative to /admin): its own
 * layout, the sign-in page, and behind the session gate the inbox, an intake's detail and the
 * settings. Loaded only when someone opens /admin.
 */
export function AdminApp() {
  const queryClient = useQueryClient();
  const [client] = useState(() => {
    const adminFetch = createAdminFetch({
      csrfToken: () => currentCsrfToken(queryClient),
      renewCsrfToken: async () => {
        const state = await queryClient.fetchQuery({ ...getSessionQueryOptions(), staleTime: 0 });
        return isSignedIn(state) ? state.csrfToken : null;
      },
      onUnauthenticated: () => forgetSession(queryClient, 'expired'),
    });
    return createAdminClient(adminFetch);
  });

  return (
    <AdminClientContext.Provider value={client}>
      <AdminLayout>
        <Switch>
          <Route path="/login">
            <LoginPage />
          </Route>
          <Route>
            <RequireSession>
              <Switch>
                <Route path="/">
                  <InboxPage setupChecklist={<SetupChecklist />} />
                </Route>
                <Route path="/intakes/:id">
                  <IntakeDetailPage
                    renderFollowUps={(detail) => <FollowUpSection detail={detail} />}
                    renderResult={(view) => <ResultView view={view} embedded />}
                  />
                </Route>
                <Route path="/settings">
                  <SettingsPage />
                </Route>
                <Route path="/outbox">
                  <OutboxPage />
                </Route>
                <Route path="/outbox/:id">
                  <OutboxMessagePage />
                </Route>
                <Route path="/email-templates" nest>
                  <EmailTemplatesRoutes />
                </Route>
                <Route path="/insight">
                  <InsightPage />
                </Route>
                <Route path="/account">
                  <AccountPage />
                </Route>
                <Route path="/retention">
                  <RetentionPage />
                </Route>
                <Route path="/account">
                  <AccountPage />
                </Route>
                <Route>
                  <AdminNotFoundPage />
                </Route>
              </Switch>
            </RequireSession>
          </Route>
        </Switch>
      </AdminLayout>
    </AdminClientContext.Provider>
  );
}
