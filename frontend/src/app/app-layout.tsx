import { NavLink, Outlet } from 'react-router';

import { UserMenu } from '@/features/session/components/user-menu';

export function AppLayout() {
  return (
    <>
      <header className="app-header">
        <span className="app-header__brand">Synthesis</span>
        <nav aria-label="Main">
          <NavLink to="/seeds">Seeds</NavLink>
          <NavLink to="/schemas">Schemas</NavLink>
          <NavLink to="/jobs">Jobs</NavLink>
        </nav>
        <UserMenu />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </>
  );
}
