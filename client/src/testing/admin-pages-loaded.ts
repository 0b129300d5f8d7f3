/**
 * The app's routes load the back office, and the back office some of its pages, lazily
 * (app/router.tsx, app/admin/admin-app.tsx). A test that imports this module has them loaded
 * up front, so a first visit is no slower than the finders wait; a feature's tests cannot
 * import app/ or another feature themselves (eslint.config.js).
 */
import '../app/admin/admin-app.tsx';
import '../features/admin-settings/components/settings-page.tsx';
