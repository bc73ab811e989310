import type { RouteRecordRaw } from 'vue-router';
import PortalLayout from '../layout/PortalLayout.vue';
import LoginPage from '../pages/login/LoginPage.vue';

/** Name of the layout route; remotes' routes are added under it. */
export const PORTAL_ROUTE = 'portal';

// Login and the layout are in the first download (they are the first screens); the rest loads on demand.
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: LoginPage,
    meta: { public: true, title: 'shell.login.submit' },
  },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('../pages/change-password/ChangePasswordPage.vue'),
    meta: { title: 'shell.password.title' },
  },
  {
    path: '/',
    name: PORTAL_ROUTE,
    component: PortalLayout,
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('../pages/home/HomePage.vue'),
        meta: { title: 'shell.menu.home' },
      },
      {
        path: 'duties',
        name: 'duties',
        component: () => import('../pages/duties/DutiesPage.vue'),
        meta: { title: 'shell.duties.title', permission: 'portal.duty.view' },
      },
      {
        path: 'worklog',
        name: 'worklog',
        component: () => import('../pages/worklog/WorklogPage.vue'),
        meta: { title: 'shell.worklog.title', permission: 'portal.worklog.write' },
      },
      {
        path: 'reports',
        name: 'reports',
        component: () => import('../pages/reports/ReportsPage.vue'),
        meta: { title: 'shell.reports.title', permission: 'portal.report.read' },
      },
      {
        path: 'profile',
        name: 'profile',
        component: () => import('../pages/profile/ProfilePage.vue'),
        meta: { title: 'shell.profile.title' },
      },
      {
        path: 'notifications/preferences',
        name: 'notification-preferences',
        component: () => import('../notifications/NotificationPreferencesPage.vue'),
        meta: { title: 'shell.notifications.preferencesTitle' },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('../pages/errors/ForbiddenPage.vue'),
        meta: { title: 'shell.errors.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../pages/errors/NotFoundPage.vue'),
        meta: { title: 'shell.errors.notFoundTitle' },
      },
    ],
  },
];
