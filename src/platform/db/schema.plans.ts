import type { Generated } from 'kysely';

/** Row types of plans (kế hoạch); the plans module's repository maps them to models. */
export interface PlansTable {
  id: Generated<number>;
  organization_id: number;
  year: number;
  /** The number part of "Số: 45/KH-STTTT"; '' until the document is numbered. */
  number: string;
  /** 'KH-STTTT'. */
  symbol: string;
  /** Header names as printed ("UBND TỈNH LẠNG SƠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"): frozen with the plan. */
  parent_agency: string;
  agency: string;
  place: string;
  /** Calendar day 'YYYY-MM-DD' printed on the place and date line; null leaves it to fill by hand. */
  issued_on: string | null;
  /** Tên loại as printed, 'KẾ HOẠCH'. */
  type_name: string;
  title: string;
  /** 'draft' | 'issued' | 'inProgress' | 'closed'. */
  status: string;
  // Section headings as written (without their numerals), so the text round-trips word for word.
  heading_aims: string;
  heading_purposes: string;
  heading_requirements: string;
  heading_topics: string;
  heading_channels: string;
  heading_funding: string;
  heading_responsibilities: string;
  funding_text: string;
  /** Đồng. */
  funding_amount: number | null;
  /** '' | 'KT.' | 'TL.' | 'TM.' | 'Q.'. */
  signing_authority: string;
  authority_title: string;
  signer_title: string;
  signer_name: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
}

/** Section I and V paragraphs: section 'purpose' | 'requirement' | 'responsibility'. */
export interface PlanParagraphsTable {
  id: Generated<number>;
  plan_id: number;
  section: string;
  position: number;
  text: string;
}

export interface PlanTopicsTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  /** 'II.1': the same codes articles are tagged with (content TOPICS). */
  code: string;
  text: string;
}

export interface PlanChannelsTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  /** 'III.1'. */
  code: string;
  /** 'portal' | 'conference' | 'flagCeremony' | 'initiative' | 'emulation' | 'documents' | 'screens' | 'other'. */
  kind: string;
  text: string;
}

export interface PlanRecipientsTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  /** 'paper' | 'electronic'. */
  delivery: string;
  /** As printed, without the "- " and the closing ";" or "." ("Sở Nội vụ"). */
  name: string;
  /** 'inform' ("để biết") | 'execute'. */
  purpose: string;
  /** null | 'user' | 'unit' | 'organization': who receives the plan in the platform. */
  target_kind: string | null;
  target_id: number | null;
  notified_at: string | null;
  reminded_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
}

export interface PlansTables {
  plans: PlansTable;
  plan_paragraphs: PlanParagraphsTable;
  plan_topics: PlanTopicsTable;
  plan_channels: PlanChannelsTable;
  plan_recipients: PlanRecipientsTable;
}
