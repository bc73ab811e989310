import { defineComponent } from 'vue';

/** A page of the test remote that crashes while rendering, as a remote page with a bug does. */
export default defineComponent({
  name: 'AuditBrokenPage',
  setup: () => () => {
    throw new Error('the page crashed while rendering');
  },
});
