import { describe, expect, it } from 'vitest';
import { afterLoginPath, loginHref } from './login-href.ts';

describe('returning after sign-in', () => {
  it('remembers the page asked for, with its query string', () => {
    expect(loginHref({ pathname: '/admin/intakes/abc', search: '?x=1' })).toBe('/admin/login?next=%2Fadmin%2Fintakes%2Fabc%3Fx%3D1');
    expect(loginHref({ pathname: '/admin', search: '' })).toBe('/admin/login');
    expect(loginHref(null)).toBe('/admin/login');
  });

  it('goes back only to a back-office page on this site', () => {
    expect(afterLoginPath('/admin/intakes/abc?x=1')).toBe('/admin/intakes/abc?x=1');
    expect(afterLoginPath('/admin?q=zoe')).toBe('/admin?q=zoe');
    for (const next of [null, '', 'https://evil.example/admin', '//evil.example/admin', '/\\evil.example', '/administrator', '/r/token', '/admin/login', '/admin/login?next=/admin']) {
      expect(afterLoginPath(next)).toBe('/admin');
    }
  });
});
