#!/usr/bin/env node
// Checks src/localization/zh-hk.ts against the back office client's English dictionary, so that a Hong Kong user
// never meets an English or Simplified Chinese fallback (the client looks up zh-hk, then zh, then en).
//
//   node scripts/check-localization.mjs [path-to-en.js] [path-to-zh-hk.ts]
//
// The English file defaults to node_modules/@umbraco-cms/backoffice/dist-cms/assets/lang/en.js next to this
// folder. Exit code 0 when every key is present with the same placeholders and HTML tags and no mainland term is
// used; 1 with a list of problems otherwise; 2 when a file cannot be read.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const enPath = resolve(process.argv[2] ?? resolve(clientDir, 'node_modules/@umbraco-cms/backoffice/dist-cms/assets/lang/en.js'));
const zhPath = resolve(process.argv[3] ?? resolve(clientDir, 'src/localization/zh-hk.ts'));

// Mainland (and Taiwan-only) terms with the Hong Kong word to use instead. Words Hong Kong writes too are left out
// although other places share them: 軟件, 網絡, 數據, 審計, 實時, 兼容, 打印, 屏幕, 插件, 組件, 撤銷 (revoke), 代碼 (a
// culture code), 對象 (a target), 賬.
export const deniedTerms = new Map([
	['文檔', '文件'], ['創建', '建立'], ['用戶', '使用者'], ['設置', '設定'], ['保存', '儲存'], ['回收站', '資源回收筒'],
	['信息', '資訊 / 訊息'], ['默認', '預設'], ['菜單', '選單'], ['視頻', '影片'], ['導入', '匯入'], ['導出', '匯出'],
	['擴展', '擴充功能'], ['模板', '範本'], ['文件夾', '資料夾'], ['鏈接', '連結'], ['加載', '載入'], ['緩存', '快取'],
	['服務器', '伺服器'], ['登錄', '登入'], ['註銷', '登出'], ['郵箱', '電郵'], ['電子郵件', '電郵'], ['字節', '位元組'],
	['調試', '偵錯'], ['支持', '支援'], ['搜索', '搜尋'], ['界面', '介面'], ['圖標', '圖示'], ['激活', '啟用'],
	['重命名', '重新命名'], ['粘貼', '貼上'], ['視圖', '檢視'], ['文本', '文字'], ['字符', '字元'], ['發布', '發佈'],
	['源代碼', '原始碼'], ['代碼庫', '程式碼庫'], ['變量', '變數'], ['模塊', '模組'], ['內存', '記憶體'], ['鼠標', '滑鼠'],
	['光標', '游標'], ['質量', '品質'], ['運行', '執行'], ['優化', '最佳化'], ['帳號', '帳戶'],
	// Taiwan's words where Hong Kong writes others.
	['軟體', '軟件'], ['網路', '網絡'], ['什麼', '甚麼'], ['裡', '裏'], ['點擊', '按'], ['點選', '按'], ['螢幕', '屏幕'],
	['列印', '打印'],
]);

const placeholderPattern = /%\d+%|\{[A-Za-z0-9_]+\}/g;
const tagPattern = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g;

/** Loads zh-hk.ts: plain object syntax once its type-only import and assertion are removed. */
async function loadTypeScriptDictionary(path) {
	const source = readFileSync(path, 'utf8')
		.replace(/^import\s+type\s[^;]*;\s*$/gm, '')
		.replace(/\}\s*(?:as|satisfies)\s+[A-Za-z_.]+\s*;\s*$/, '};');
	const url = 'data:text/javascript;base64,' + Buffer.from(source, 'utf8').toString('base64');
	return (await import(url)).default;
}

const sorted = (list) => [...list].sort();
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const found = (text, pattern) => sorted(text.match(pattern) ?? []);

/** Compares the placeholders and HTML tags of an English text and its translation. */
function compareMarkup(where, en, zh, problems) {
	const [enPlaceholders, zhPlaceholders] = [found(en, placeholderPattern), found(zh, placeholderPattern)];
	if (!same(enPlaceholders, zhPlaceholders))
		problems.push(`${where}: placeholders differ: en [${enPlaceholders.join(' ')}] zh-hk [${zhPlaceholders.join(' ')}]`);
	const [enTags, zhTags] = [found(en, tagPattern), found(zh, tagPattern)];
	if (!same(enTags, zhTags)) problems.push(`${where}: HTML tags differ: en [${enTags.join(' ')}] zh-hk [${zhTags.join(' ')}]`);
}

// Arguments a dictionary function is called with: text markers (each must reach the translation exactly when it
// reaches the English), and the numbers, flags and absent values the client passes for plurals and choices.
const marker = (i) => `⟦arg${i}⟧`;
const argumentSets = [
	{ name: 'text', make: (n) => Array.from({ length: n }, (_, i) => marker(i)), markers: true },
	{ name: 'one', make: (n) => Array(n).fill(1) },
	{ name: 'many', make: (n) => Array(n).fill(7) },
	{ name: 'true', make: (n) => Array(n).fill(true) },
	{ name: 'false', make: (n) => Array(n).fill(false) },
	{ name: 'absent', make: (n) => Array(n).fill(undefined) },
	{ name: 'Api', make: (n) => Array(n).fill('Api') },
];

function compareFunction(where, en, zh, problems) {
	if (zh.length !== en.length) problems.push(`${where}: takes ${zh.length} arguments, en takes ${en.length}`);
	for (const set of argumentSets) {
		const args = set.make(en.length);
		let enText;
		try { enText = en(...args); } catch { continue; }
		let zhText;
		try { zhText = zh(...args); } catch (error) { problems.push(`${where}: throws with ${set.name} arguments: ${error.message}`); continue; }
		if (typeof zhText !== 'string') { problems.push(`${where}: returns ${typeof zhText} with ${set.name} arguments`); continue; }
		if (zhText.trim() === '' && String(enText).trim() !== '') problems.push(`${where}: empty with ${set.name} arguments`);
		compareMarkup(`${where}(${set.name})`, String(enText), zhText, problems);
		checkTerms(`${where}(${set.name})`, zhText, problems);
		if (set.markers) args.forEach((arg, i) => {
			if (String(enText).includes(arg) !== zhText.includes(arg))
				problems.push(`${where}: argument ${i} is ${zhText.includes(arg) ? 'shown' : 'not shown'}, en ${String(enText).includes(arg) ? 'shows' : 'does not show'} it`);
		});
	}
}

function checkTerms(where, text, problems) {
	for (const [term, instead] of deniedTerms)
		if (text.includes(term)) problems.push(`${where}: mainland term ${term} (use ${instead})`);
}

/** Every problem of the translation against the English dictionary, as lines. */
export function compareDictionaries(en, zh) {
	const problems = [];
	for (const [section, entries] of Object.entries(en)) {
		if (!zh[section]) { problems.push(`${section}: section missing (${Object.keys(entries).length} keys)`); continue; }
		for (const [key, enValue] of Object.entries(entries)) {
			const where = `${section}.${key}`;
			if (!Object.hasOwn(zh[section], key)) { problems.push(`${where}: missing`); continue; }
			const zhValue = zh[section][key];
			if (typeof enValue !== typeof zhValue) { problems.push(`${where}: is a ${typeof zhValue}, en is a ${typeof enValue}`); continue; }
			if (typeof enValue === 'function') { compareFunction(where, enValue, zhValue, problems); continue; }
			if (zhValue.trim() === '' && enValue.trim() !== '') problems.push(`${where}: empty`);
			compareMarkup(where, enValue, zhValue, problems);
			checkTerms(where, zhValue, problems);
		}
	}
	for (const [section, entries] of Object.entries(zh)) {
		if (!en[section]) { problems.push(`${section}: extra section`); continue; }
		for (const key of Object.keys(entries)) if (!Object.hasOwn(en[section], key)) problems.push(`${section}.${key}: extra key`);
	}
	return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	let en, zh;
	try {
		en = (await import(pathToFileURL(enPath).href)).default;
		zh = await loadTypeScriptDictionary(zhPath);
	} catch (error) {
		console.error(`check-localization: cannot load a dictionary: ${error.message}`);
		process.exit(2);
	}
	const problems = compareDictionaries(en, zh);
	const keys = Object.values(en).reduce((n, entries) => n + Object.keys(entries).length, 0);
	if (problems.length) {
		console.error(problems.join('\n'));
		console.error(`check-localization: ${problems.length} problems in zh-hk.ts against ${enPath} (${keys} keys)`);
		process.exit(1);
	}
	console.log(`check-localization: zh-hk.ts has all ${keys} keys of ${enPath}, same placeholders and tags, no mainland terms`);
}
