import type { DudaMessages } from './zh-CN.ts';

const en: DudaMessages = {
  duda: {
    filterBar: {
      search: 'Search',
      reset: 'Reset',
      toggle: 'Filters',
    },
    table: {
      columnSettings: 'Columns',
      restoreColumns: 'Restore defaults',
    },
    listPage: {
      export: 'Export to Excel',
      exporting: 'Exporting…',
      exportingPercent: 'Exporting {percent}%',
    },
    empty: {
      title: 'No data',
      description: 'Try changing the filters and search again',
    },
    error: {
      title: 'Failed to load',
      message: 'The data could not be loaded. Check your network and try again',
      retry: 'Retry',
      deniedTitle: 'No permission',
      deniedHint: 'To use it, ask your manager or the system administrator to give you the role it needs.',
    },
    textLimit: {
      over: '{count} characters too many: shorten it to save',
    },
    confirm: {
      title: 'Please confirm',
      ok: 'OK',
      cancel: 'Cancel',
    },
    status: {
      pass: 'Passed',
      fail: 'Failed',
      overdue: 'Overdue',
      pending: 'Pending',
      draft: 'Draft',
      submitted: 'Submitted',
      approved: 'Approved',
      rejected: 'Rejected',
      published: 'Published',
      closed: 'Closed',
      open: 'To rectify',
      responded: 'To verify',
      verified: 'Verified',
      in_progress: 'In progress',
      cancelled: 'Cancelled',
      archived: 'Archived',
    },
    score: {
      pass: 'Pass',
      fail: 'Fail',
      vetoed: 'Vetoed',
      notScored: 'Not scored',
    },
    orgTree: {
      placeholder: 'Select an organisation',
    },
    personSelect: {
      placeholder: 'Search by name or staff no.',
      option: '{name} ({staffNo})',
    },
    timeline: {
      empty: 'No history yet',
    },
    upload: {
      add: 'Upload image',
      remove: 'Remove image {name}',
      uploading: 'Uploading…',
      notImage: '"{name}" is not an image; only image files can be uploaded',
      tooLarge: '"{name}" is larger than {max} MB; compress it and try again',
      tooMany: 'You can upload at most {max} images',
      failed: '"{name}" could not be uploaded; please try again',
      refused: '"{name}" was not uploaded: {reason}',
    },
    sheetImport: {
      choose: 'Choose file',
      check: 'Check file',
      rows: '{rows} rows: {valid} can be imported, {bad} have problems',
      allGood: 'All {rows} rows passed the check',
      row: 'Row',
      column: 'Column',
      reason: 'Reason',
      keep: 'Import only the {n} good rows',
      importAll: 'Import all {n} rows',
      refuse: 'Discard the whole file',
      templateHint: 'No template yet?',
    },
    locale: {
      'zh-CN': '简体中文',
      en: 'English',
    },
  },
};

export default en;
