/** Every string of the Needs attention dashboard, in English. Keys are read as `selfhelpDashboard_<key>`. */
export const en = {
	selfhelpDashboard: {
		attention: 'Needs attention',
		newEntries: 'New form entries',
		noNewEntries: 'No new entries are waiting.',
		entriesOf: (form: string, count: number) => `${form}: ${count} new`,
		scheduled: 'Scheduled in the next 7 days',
		noScheduled: 'Nothing is scheduled in the next 7 days.',
		publish: 'Publishes',
		unpublish: 'Unpublishes',
		allLanguages: 'all languages',
		waitingLists: 'Workshops with a waiting list',
		noWaitingLists: 'No workshop has a waiting list.',
		waiting: (waiting: number, confirmed: number) => `${waiting} waiting, ${confirmed} confirmed`,
		loadFailed: 'Could not load this. Try again.',
	},
};

/** The same strings in Traditional Chinese as written in Hong Kong. */
export const zhHk = {
	selfhelpDashboard: {
		attention: '待處理事項',
		newEntries: '新的表格提交紀錄',
		noNewEntries: '沒有待處理的新提交紀錄。',
		entriesOf: (form: string, count: number) => `${form}：${count} 項新紀錄`,
		scheduled: '未來 7 天的排程',
		noScheduled: '未來 7 天沒有排程。',
		publish: '發佈',
		unpublish: '取消發佈',
		allLanguages: '所有語言',
		waitingLists: '設有候補名單的工作坊',
		noWaitingLists: '沒有工作坊設有候補名單。',
		waiting: (waiting: number, confirmed: number) => `${waiting} 人候補，${confirmed} 人已確認`,
		loadFailed: '未能載入，請再試。',
	},
};
