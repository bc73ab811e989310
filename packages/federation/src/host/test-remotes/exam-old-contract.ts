// The same remote as built against an older @duda/federation: it exports the shape of contract version 0.
export default {
  contractVersion: 0,
  name: 'exam',
  title: 'exam.title', // contract version 1 and before: an i18n key
  routes: [],
  menu: [],
};
