// The same remote as built against an older @duda/federation: it exports the shape of contract version 0.
export default {
  contractVersion: 0,
  name: 'exam',
  title: 'exam.title',
  routes: [],
  menu: [],
};
