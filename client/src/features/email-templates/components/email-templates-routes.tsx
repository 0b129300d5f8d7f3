import { Route, Switch } from 'wouter';
import { AdminNotFoundPage } from '../../../components/admin/admin-not-found-page.tsx';
import { EmailTemplatesPage } from './email-templates-page.tsx';
import { EditTemplatePage, NewTemplatePage } from './template-editor-page.tsx';

/**
 * /admin/email-templates/* (a router nested there: "/" is the list): the templates, a new one,
 * and one being edited. The back office (AdminApp) renders it behind its session gate.
 */
export function EmailTemplatesRoutes() {
  return (
    <Switch>
      <Route path="/">
        <EmailTemplatesPage />
      </Route>
      <Route path="/new">
        <NewTemplatePage />
      </Route>
      <Route path="/:id">
        <EditTemplatePage />
      </Route>
      <Route>
        <AdminNotFoundPage />
      </Route>
    </Switch>
  );
}
