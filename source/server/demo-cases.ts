// Readable demo case content, generated from small tables so every bench has dozens of distinct, named cases.
import type { CaseSpec } from './builders.js';
import { LABELS, LANGS, TIERS, TONES } from './demo-signatures.js';

const SUMMARY_TOPICS = [
	['Quarterly earnings call', 'revenue grew 12% while support costs stayed flat'],
	['Incident postmortem', 'a misconfigured load balancer dropped 3% of requests for 40 minutes'],
	['Product launch brief', 'the new mobile app ships with offline mode and dark theme'],
	['Customer interview', 'the customer wants bulk export and better search filters'],
	['Security review', 'two medium findings in the auth service were fixed before release'],
	['Hiring plan', 'the team will add four engineers and one designer next quarter'],
	['Vendor contract', 'the hosting contract renews for two years at a 9% discount'],
	['Roadmap update', 'search relevance work moves ahead of the billing redesign'],
	['Support digest', 'ticket volume fell 8% after the new onboarding guide'],
	['Research paper', 'retrieval-augmented prompts cut hallucinations by a third'],
	['Board memo', 'cash runway extends to 30 months after the cost review'],
	['Release notes', 'version 4.2 fixes sync conflicts and speeds up cold start'],
	['Design critique', 'the settings page needs clearer grouping and fewer toggles'],
	['Sales call', 'the prospect needs SSO and a data residency guarantee in the EU'],
	['Team retro', 'deploys were smoother but on-call pages doubled during the migration'],
	['Market analysis', 'two competitors cut prices; the mid-market segment is growing fastest'],
	['Legal update', 'the new privacy policy takes effect on the first of next month'],
	['Ops handbook', 'database failover is now automatic and tested weekly'],
	['Partner email', 'the partner asks for a joint webinar and shared case studies'],
	['Town hall', 'leadership announced a four-day work week pilot for the summer'],
];
const ANGLES = ['short recap', 'detailed notes', 'action items'];

export function summarizeCases(): CaseSpec[] {
	const cases: CaseSpec[] = [];
	SUMMARY_TOPICS.forEach(([topic, fact], t) => {
		ANGLES.forEach((angle, a) => {
			const text = `${topic} (${angle}). In summary, ${fact}. Several follow-ups were discussed, owners were assigned, and the next checkpoint is in two weeks.`;
			const inputs: Record<string, string | number> = { text };
			if (a === 1) inputs.max_words = 40 + t;
			cases.push({ name: `${topic} — ${angle}`, inputs, expected: { summary: `${fact.charAt(0).toUpperCase()}${fact.slice(1)}.` } });
		});
	});
	cases[4].name =
		'Board meeting minutes\n— follow-up on the very long agenda item about the reorganisation of the EMEA support desks, vendor consolidation, the 2027 budget freeze and the migration of every legacy ticket queue';
	cases[9] = { ...cases[9], name: 'Legacy promoted execution (kind null)', kind: null };
	return cases;
}

const TICKETS: Record<string, string[]> = {
	billing: ['Charged twice for the {plan} plan', 'Refund for last month', 'Invoice shows the wrong VAT number', 'Card declined on renewal', 'Need a receipt for {plan}'],
	bug: ['Export to CSV crashes on {plan}', 'Search returns nothing since the update', 'Dashboard stuck on loading', 'Sync conflict deletes my edits', 'Notifications arrive twice'],
	feature_request: ['Please add dark mode', 'Bulk edit for {plan} workspaces', 'API endpoint for audit logs', 'Calendar integration', 'Keyboard shortcuts everywhere'],
	account: ['Cannot reset my password', 'Transfer ownership of the {plan} workspace', 'Enable SSO for our team', 'Delete my account', 'Change the account email'],
	other: ['Partnership inquiry', 'Where is your office?', 'Feedback on the onboarding call', 'Press request', 'Question about your roadmap'],
};
const PLANS = ['Starter', 'Team', 'Business', 'Enterprise'];

export function classifyCases(): CaseSpec[] {
	const cases: CaseSpec[] = [];
	for (let round = 0; round < 6; round++) {
		for (const label of LABELS) {
			for (const [i, template] of TICKETS[label].entries()) {
				if (cases.length >= 120 || (round * 5 + i) % 6 === 5) continue;
				const subject = template.replace('{plan}', PLANS[(round + i) % PLANS.length]);
				const inputs: Record<string, string> = { subject, body: `Hi team, ${subject.toLowerCase()}. This happened ${round + 1} time(s) this week. Thanks!` };
				if ((round + i) % 3 !== 0) inputs.customer_tier = TIERS[(round + i) % TIERS.length];
				cases.push({ name: `#${1000 + cases.length} ${subject}`, inputs, expected: { label, confidence: 0.9 } });
			}
		}
	}
	return cases;
}

const VENDORS = ['Northwind Traders', 'Contoso Ltd', 'Globex Corp', 'Initech', 'Umbrella Supplies', 'Stark Industrial', 'Wayne Logistics', 'Acme Parts'];
const SKUS = ['BOLT-M6', 'NUT-M6', 'WASHER-10', 'CABLE-2M', 'HINGE-S', 'PANEL-A4', 'FAN-120', 'GLUE-50'];

/** The first 12 invoices predate the required `currency` input and drift from the latest published version. */
export function invoiceCases(): CaseSpec[] {
	return Array.from({ length: 40 }, (_, n) => {
		const vendor = VENDORS[n % VENDORS.length];
		const items = Array.from({ length: 1 + (n % 4) }, (_, i) => ({ sku: SKUS[(n + i) % SKUS.length], qty: 1 + ((n * 3 + i) % 9), price: Math.round((2.5 + ((n * 7 + i * 5) % 40)) * 100) / 100 }));
		const total = Math.round(items.reduce((sum, item) => sum + item.qty * item.price, 0) * 100) / 100;
		const document = `INVOICE INV-${1040 + n}\nFrom: ${vendor}\n${items.map((i) => `${i.sku} x${i.qty} @ ${i.price.toFixed(2)}`).join('\n')}\nTOTAL ${total.toFixed(2)}`;
		const inputs: Record<string, unknown> = { document, items };
		if (n >= 12) inputs.currency = ['EUR', 'USD', 'GBP'][n % 3];
		return { name: `Invoice INV-${1040 + n} — ${vendor}`, inputs: inputs as CaseSpec['inputs'], expected: { vendor, total, items } };
	});
}

const PHRASES = ['Your order has shipped', 'Reset your password', 'Thanks for your feedback', 'Your trial ends tomorrow', 'We are experiencing an outage', 'Welcome to the team'];

export function translateCases(): CaseSpec[] {
	return Array.from({ length: 25 }, (_, n) => {
		const text = PHRASES[n % PHRASES.length];
		const lang = LANGS[n % LANGS.length];
		return { name: `${text} → ${lang}`, inputs: { text, target_lang: lang }, expected: { translation: `[${lang}] ${text}` } };
	});
}

const REPLY_TICKETS = [
	['Refund for a duplicate charge', 'We are sorry about the double charge; the duplicate payment has been refunded and will show within 5 business days.'],
	['Password reset email never arrives', 'Please check the spam folder; we have re-sent the reset link and whitelisted your address.'],
	['Export to CSV crashes', 'Thanks for the report; a fix for the CSV export ships on Thursday, and a workaround is to export in smaller date ranges.'],
	['Upgrade to the annual plan', 'You can switch to annual billing under Settings › Billing; the remaining monthly balance is credited.'],
	['Cancel my subscription', 'Your subscription is canceled at the end of the current period; your data stays available for 30 days.'],
	['SSO setup for our team', 'SSO is available on Business plans; the setup guide for Okta and Azure AD is linked below.'],
	['Invoice needs our VAT number', 'We have reissued the invoice with your VAT number; future invoices will include it automatically.'],
	['App is slow since the update', 'We found a slow query introduced in 4.2 and rolled out a fix; please reload the app.'],
	['Delete my account and data', 'Your account deletion is scheduled; all personal data is erased within 30 days, as our privacy policy describes.'],
	['Add a teammate to the workspace', 'Invite teammates from Settings › Members; each invite link is valid for seven days.'],
	['Data residency in the EU', 'Workspaces created in the EU region keep all data in Frankfurt; existing workspaces can be migrated on request.'],
	['Webhook deliveries failing', 'Your endpoint answered 410 Gone, so deliveries were paused; re-enable them once the endpoint is back.'],
	['Discount for a nonprofit', 'Registered nonprofits get 50% off; please send proof of status and we will apply the discount.'],
	['Two-factor codes rejected', 'Codes are rejected when the phone clock drifts; enable automatic time and try again.'],
	['Where is my order?', 'Your order shipped yesterday; the tracking link is in the confirmation email and delivery is expected Friday.'],
	['Feature request: dark mode', 'Dark mode is on our roadmap for next quarter; we have added your vote to the request.'],
	['Charged after the trial ended', 'Trials convert automatically; we have refunded this charge as a one-time courtesy.'],
	['API rate limit too low', 'The Team plan allows 100 requests per second; we can raise the limit for your key after a short review.'],
	['Calendar sync duplicates events', 'Duplicates appear when two calendars are connected to the same account; disconnect one and re-sync.'],
	['Transfer workspace ownership', 'The current owner can transfer ownership under Settings › Workspace; we cannot do it on their behalf.'],
	['Mobile app logs me out', 'Version 3.8.1 fixes the unexpected logouts; please update from the app store.'],
	['Need a signed DPA', 'Our data processing agreement is pre-signed and available for download from the trust center.'],
	['Bulk import keeps timing out', 'Imports over 50 MB time out; split the file or use the bulk API, which streams rows.'],
	['Complaint about a support agent', 'We are sorry for the experience; a team lead will review the conversation and contact you today.'],
	['Change the billing email', 'Billing emails follow the billing contact under Settings › Billing; you can change it there at any time.'],
	['Outage this morning?', 'Yes, a network incident affected logins from 08:10 to 08:50 UTC; the status page has the full report.'],
	['Student pricing', 'Students get the Pro plan free for a year with a university email address.'],
];
const CUSTOMERS = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eun-ji', 'Farah'];

/** Support replies to draft, in three tones; the last three are the cases added to the bench after its history began. */
export function replyCases(): CaseSpec[] {
	return REPLY_TICKETS.map(([subject, answer], n) => {
		const tone = TONES[n % TONES.length];
		const inputs: Record<string, string> = { ticket: `${subject}. Hello, ${subject.toLowerCase()} — can you help? Thanks.`, tone };
		if (n % 4 !== 3) inputs.customer_name = CUSTOMERS[n % CUSTOMERS.length];
		return { name: `${subject} (${tone})`, inputs, expected: { reply: answer } };
	});
}
