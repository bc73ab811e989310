// Texts of filling in a form, under `forms.fill`.
export const zhCN = {
  fill: {
    menu: '填报表单',
    title: '填报表单',
    description: '选择要填写的表单；填写中的内容会自动保存在本机',
    pick: '开始填写',
    version: '第 {n} 版',
    empty: { none: '还没有可以填写的表单', noneHint: '表单模板发布后会出现在这里，可以联系市公司督导' },
    page: {
      saveDraft: '保存草稿',
      submit: '提交',
      submitted: '已提交',
      draftSaved: '草稿已保存，可以在“我的填报”中继续填写',
      localRestored: '已恢复本机上次未提交的内容（{time}）',
      localFailed: '浏览器无法在本机保存草稿，请及时保存到服务器',
      discardLocal: '清空重填',
      problems: '还有 {n} 处需要修改，已在表单中标出',
      refused: '提交未通过检查，请按提示修改',
      unit: '填报单位',
      pickApprover: '{step}审批人',
      resubmitHint: '修改后重新提交，审批将从头开始',
      back: '返回',
    },
  },
};

export const en: typeof zhCN = {
  fill: {
    menu: 'Fill in a form',
    title: 'Fill in a form',
    description: 'Pick the form to fill in; what you type is kept on this device as you go',
    pick: 'Start',
    version: 'Version {n}',
    empty: {
      none: 'No forms to fill in yet',
      noneHint: 'Form templates show here once published; ask your city supervisor',
    },
    page: {
      saveDraft: 'Save draft',
      submit: 'Submit',
      submitted: 'Submitted',
      draftSaved: 'Draft saved: continue it from My forms',
      localRestored: 'Restored what you had not submitted on this device ({time})',
      localFailed: 'This browser cannot keep the draft on the device: save it to the server now and then',
      discardLocal: 'Start over',
      problems: '{n} things to fix, marked on the form',
      refused: 'The form did not pass the checks: change what is marked',
      unit: 'Unit',
      pickApprover: 'Approver for {step}',
      resubmitHint: 'Change the form and submit it again: the approval starts over',
      back: 'Back',
    },
  },
};
