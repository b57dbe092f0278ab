import type { OfficialBlock, OfficialDocument } from '../../platform/docx/official-document.js';
import { amountInWords, formatNumberVi } from '../../shared/money.js';
import { INFORM_MARK } from './plans.import.js';
import type { PlanContent, PlanItem, PlanRecipient } from './plans.repo.js';
import { DELIVERIES, type Delivery } from './plans.schema.js';

/** Group headings of "Nơi nhận:", as the seed writes them. */
const GROUP_HEADINGS: Record<Delivery, string> = { paper: 'Gửi bản giấy:', electronic: 'Gửi bản điện tử:' };

/**
 * The lines under "Nơi nhận:": each delivery group under its heading, "- name;" with "(để biết)"
 * for those who only need to know, the last line of a group ending "." (NĐ 30, Phụ lục I, ô 9b).
 */
export function recipientLines(recipients: readonly PlanRecipient[]): string[] {
  return (Object.keys(DELIVERIES) as Delivery[]).flatMap((delivery) => {
    const group = recipients.filter((r) => r.delivery === delivery);
    if (group.length === 0) return [];
    return [
      GROUP_HEADINGS[delivery],
      ...group.map((r, i) => `- ${r.name}${r.purpose === 'inform' ? ` ${INFORM_MARK}` : ''}${i === group.length - 1 ? '.' : ';'}`),
    ];
  });
}

const paragraph = (text: string): OfficialBlock => ({ kind: 'paragraph', text });
const numbered = (items: readonly PlanItem[]) => items.map((i) => paragraph(`${i.position}. ${i.text}`));
const dashed = (items: readonly PlanItem[]) => items.map((i) => paragraph(`- ${i.text}`));

/** The funding section: the text as written and, when the amount is known, the amount in figures and in words. */
function funding(content: PlanContent): OfficialBlock[] {
  const { fundingText, fundingAmount } = content.plan;
  const blocks = fundingText.split('\n').filter((p) => p.trim() !== '').map(paragraph);
  if (fundingAmount !== null) blocks.push(paragraph(`Tổng kinh phí dự kiến: ${formatNumberVi(fundingAmount)} đồng (${amountInWords(fundingAmount)}).`));
  return blocks;
}

/** A plan as the official document it prints as (NĐ 30/2020): sections I–V numbered as the seed numbers them. */
export function planDocument(content: PlanContent): OfficialDocument {
  const { plan } = content;
  const h = plan.headings;
  return {
    parentAgency: plan.parentAgency || null,
    agency: plan.agency,
    // An unnumbered plan leaves the number blank, to be written in at registration.
    numberSymbol: `${plan.number || '     '}/${plan.symbol}`,
    place: plan.place,
    date: plan.issuedOn,
    type: plan.typeName,
    subject: plan.title,
    body: [
      { kind: 'heading', level: 1, text: `I. ${h.headingAims}` },
      { kind: 'heading', level: 2, text: `1. ${h.headingPurposes}` },
      ...dashed(content.purposes),
      { kind: 'heading', level: 2, text: `2. ${h.headingRequirements}` },
      ...dashed(content.requirements),
      { kind: 'heading', level: 1, text: `II. ${h.headingTopics}` },
      ...numbered(content.topics),
      { kind: 'heading', level: 1, text: `III. ${h.headingChannels}` },
      ...numbered(content.channels),
      { kind: 'heading', level: 1, text: `IV. ${h.headingFunding}` },
      ...funding(content),
      { kind: 'heading', level: 1, text: `V. ${h.headingResponsibilities}` },
      ...numbered(content.responsibilities),
    ],
    recipients: recipientLines(content.recipients),
    signature: {
      authority: [plan.signingAuthority, plan.authorityTitle].filter(Boolean).join(' '),
      title: plan.signerTitle,
      signer: plan.signerName,
    },
  };
}
