/** Job titles by buying role, as they show up in signatures and CRM contact records. */
import type { ContactRole } from '../../domain/workspace/workspace-schema.ts';

export const TITLES: Record<ContactRole, readonly string[]> = {
  champion: [
    'Director of Operations',
    'Head of Analytics',
    'VP Operations',
    'Senior Manager, Business Intelligence',
    'Data Platform Lead',
    'Director of Finance Systems',
    'Head of Revenue Operations',
    'Analytics Manager',
    'Director, Data & Insights',
  ],
  economic_buyer: [
    'CFO',
    'VP Finance',
    'COO',
    'Chief Operating Officer',
    'SVP Operations',
    'CIO',
    'Chief Data Officer',
    'VP Engineering',
  ],
  decision_maker: ['Director of IT', 'VP Data', 'Head of IT', 'Director of Enterprise Applications'],
  influencer: ['Senior Data Analyst', 'Analytics Engineer', 'Solutions Architect', 'Lead BI Developer'],
  user: ['Operations Analyst', 'Business Analyst', 'Reporting Specialist', 'Financial Analyst'],
  procurement: ['Procurement Manager', 'Strategic Sourcing Lead', 'Senior Buyer', 'Vendor Manager'],
  legal: ['Corporate Counsel', 'Legal Operations Manager', 'Senior Counsel', 'Contracts Manager'],
  other: ['IT Security Analyst', 'CISO', 'Executive Assistant', 'Information Security Manager'],
};

export const REP_TITLES = [
  'Account Executive',
  'Senior Account Executive',
  'Enterprise Account Executive',
  'Account Manager',
];
