/**
 * The capability vocabulary: certifications, identity providers, integrations, security and hosting
 * features, service levels and commercial offers. A term in a draft is a claim the knowledge base
 * must state; this list only decides what counts as such a term, never whether it is true.
 */

export const termCategories = [
  'certification',
  'identity',
  'integration',
  'hosting',
  'feature',
  'service',
  'commercial',
  'billing',
  'language',
] as const;
export type TermCategory = (typeof termCategories)[number];

export type CapabilityTerm = {
  id: string;
  category: TermCategory;
  /** Regex source; word boundaries are added by the matcher. */
  pattern: string;
  /** Acronyms and names that are also common words ("SLA", "Slack", "AI") must match their case. */
  caseSensitive?: boolean;
  /** Other terms a statement of this one also establishes: "SOC 2 Type II" establishes "SOC 2". */
  implies?: readonly string[];
  /** An offer the deal's own thread may establish, e.g. the pilot we already proposed in writing. */
  threadMaySupport?: boolean;
  /** "No setup fee" promises as much as "a setup fee": negating the term is still a claim. */
  negationIsClaim?: boolean;
};

export const LANGUAGES = [
  'English',
  'French',
  'German',
  'Spanish',
  'Italian',
  'Portuguese',
  'Dutch',
  'Japanese',
  'Chinese',
  'Mandarin',
  'Cantonese',
  'Korean',
  'Arabic',
  'Hindi',
  'Russian',
  'Polish',
  'Swedish',
  'Danish',
  'Norwegian',
  'Finnish',
  'Turkish',
  'Hebrew',
  'Greek',
  'Czech',
  'Hungarian',
  'Romanian',
  'Welsh',
  'Irish',
  'Catalan',
  'Thai',
  'Vietnamese',
  'Indonesian',
  'Malay',
  'Ukrainian',
  'Flemish',
  'Tagalog',
];

type Row = [id: string, pattern: string, options?: Omit<CapabilityTerm, 'id' | 'category' | 'pattern'>];
const CS = { caseSensitive: true } as const;

const rows: Record<TermCategory, Row[]> = {
  certification: [
    ['soc2-type2', String.raw`SOC[\s-]?(?:2|II)\s*,?\s*Type[\s-]?(?:2|II)`, { implies: ['soc2'] }],
    ['soc2-type1', String.raw`SOC[\s-]?(?:2|II)\s*,?\s*Type[\s-]?(?:1|I)`, { implies: ['soc2'] }],
    ['soc2', String.raw`SOC[\s-]?(?:2|II)`],
    ['soc1', String.raw`SOC[\s-]?(?:1|I)`],
    ['soc3', String.raw`SOC[\s-]?(?:3|III)`],
    ['iso27001', String.raw`ISO(?:\/IEC)?[\s-]?27001`],
    ['iso27017', String.raw`ISO(?:\/IEC)?[\s-]?27017`],
    ['iso27018', String.raw`ISO(?:\/IEC)?[\s-]?27018`],
    ['iso27701', String.raw`ISO(?:\/IEC)?[\s-]?27701`],
    ['iso9001', String.raw`ISO[\s-]?9001`],
    ['iso42001', String.raw`ISO(?:\/IEC)?[\s-]?42001`],
    ['iso22301', String.raw`ISO[\s-]?22301`],
    // Storing health information is what HIPAA coverage permits: "PHI can be stored on Team" claims it.
    [
      'hipaa',
      String.raw`HIPAA|(?:e?PHI|protected health information|patient (?:health )?(?:data|information))\s+(?:can|may|could)\s+(?:also\s+)?(?:be\s+)?(?:stored|kept|held|hosted)|(?:store|host|hold)\s+(?:your\s+)?(?:e?PHI|protected health information)(?!\s+(?:out|off|away))`,
    ],
    ['baa', 'BAAs?|business associate agreements?'],
    ['hitrust', 'HITRUST'],
    ['pci', String.raw`PCI(?:[\s-]DSS)?`],
    ['gdpr', 'GDPR'],
    ['ccpa', 'CCPA|CPRA'],
    ['fedramp', String.raw`FedRAMP(?:\s(?:Moderate|High|Low))?`],
    ['stateramp', 'StateRAMP|TX-RAMP'],
    ['csa-star', 'CSA STAR'],
    ['cyber-essentials', 'Cyber Essentials(?: Plus)?'],
    ['tisax', 'TISAX'],
    ['irap', 'IRAP'],
    ['c5', 'BSI C5|C5 attestation'],
    ['nist', String.raw`NIST(?:\s(?:800-53|800-171|CSF))?`],
    ['fips', String.raw`FIPS[\s-]?140(?:-[23])?`],
    ['ferpa', 'FERPA'],
    ['coppa', 'COPPA'],
    ['glba', 'GLBA'],
    ['sox', String.raw`SOX|Sarbanes[\s-]Oxley`, CS],
    ['cjis', 'CJIS'],
    ['itar', 'ITAR'],
    ['ssae', String.raw`SSAE[\s-]?1[68]|ISAE[\s-]?3402`],
    // "An independent CREST-accredited firm tests the platform every year" is a penetration test.
    [
      'pentest',
      String.raw`pen(?:etration)?[\s-]?test(?:s|ed|ing)?|(?:independent|external|third[\s-]party)\s+(?:[\w-]+\s+){0,2}(?:firm|company|testers?|specialists?)\s+(?:tests?|attacks?)\s+(?:the|our)\s+(?:platform|application|product|service|systems?|software)`,
    ],
    ['bug-bounty', String.raw`bug[\s-]bounty`],
    ['privacy-shield', 'Privacy Shield|Data Privacy Framework'],
    ['scc', 'Standard Contractual Clauses|SCCs'],
    ['dpa', 'data processing (?:agreement|addendum)s?|DPAs?'],
  ],
  identity: [
    ['sso', String.raw`SSO|single[\s-]sign[\s-]?on`],
    ['saml', String.raw`SAML(?:\s?2(?:\.0)?)?`, { implies: ['sso'] }],
    ['oidc', String.raw`OIDC|OpenID(?:\sConnect)?`],
    ['oauth', String.raw`OAuth(?:\s?2(?:\.0)?)?`],
    ['scim', 'SCIM', { implies: ['user-provisioning'] }],
    ['user-provisioning', String.raw`(?:automated|automatic|user|auto)[\s-]?(?:provisioning|deprovisioning)`],
    ['jit-provisioning', String.raw`(?:JIT|just[\s-]in[\s-]time) provisioning`],
    ['ldap', 'LDAP'],
    ['kerberos', 'Kerberos'],
    [
      'mfa',
      String.raw`MFA|2FA|two[\s-](?:factor|step)(?: authentication| verification| auth)?|multi[\s-]factor(?: authentication)?|TOTP|passkeys?|YubiKeys?|hardware (?:security )?keys`,
    ],
    ['okta', 'Okta'],
    ['azure-ad', 'Azure AD|Azure Active Directory|(?:Microsoft )?Entra(?: ID)?|AAD', CS],
    ['adfs', 'ADFS|AD FS|Active Directory Federation Services', CS],
    ['active-directory', '(?:on-prem(?:ise|ises)? )?Active Directory', CS],
    [
      'google-workspace',
      'Google Workspace|G Suite|GSuite|Google Apps|Google SSO|Google (?:login|sign-in|identity)|Sign in with Google',
    ],
    ['onelogin', 'OneLogin'],
    ['ping', 'Ping ?Identity|PingFederate|PingOne|PingID', CS],
    ['jumpcloud', 'JumpCloud'],
    ['auth0', 'Auth0'],
    ['duo', 'Duo(?: Security)?', CS],
    ['keycloak', 'Keycloak'],
    ['cyberark', 'CyberArk'],
    ['shibboleth', 'Shibboleth'],
  ],
  integration: [
    ['salesforce', 'Salesforce'],
    ['hubspot', 'HubSpot'],
    ['pipedrive', 'Pipedrive'],
    ['dynamics', '(?:Microsoft )?Dynamics(?: 365| CRM)?', CS],
    ['zoho', 'Zoho'],
    ['marketo', 'Marketo'],
    ['slack', 'Slack', CS],
    ['ms-teams', 'Microsoft Teams|MS Teams'],
    ['jira', 'Jira'],
    ['confluence', 'Confluence', CS],
    ['asana', 'Asana'],
    ['servicenow', 'ServiceNow'],
    ['zendesk', 'Zendesk'],
    ['intercom', 'Intercom', CS],
    ['snowflake', 'Snowflake', CS],
    ['bigquery', 'BigQuery'],
    ['redshift', 'Redshift', CS],
    ['databricks', 'Databricks'],
    ['postgres', 'PostgreSQL|Postgres'],
    ['mysql', 'MySQL'],
    ['sql-server', 'SQL Server', CS],
    ['oracle', 'Oracle(?: DB| Database| Cloud| NetSuite)?', CS],
    ['mongodb', 'MongoDB'],
    ['s3', 'Amazon S3|AWS S3|S3 buckets?|S3', CS],
    ['tableau', 'Tableau'],
    ['power-bi', 'Power ?BI'],
    ['looker', 'Looker(?: Studio)?', CS],
    ['qlik', 'Qlik(?: Sense)?'],
    ['excel', 'Excel', CS],
    ['google-sheets', 'Google Sheets'],
    ['airtable', 'Airtable'],
    ['dbt', 'dbt', CS],
    ['fivetran', 'Fivetran'],
    ['segment', 'Segment', CS],
    ['workday', 'Workday', CS],
    ['sap', String.raw`SAP(?: S\/4HANA| ERP| HANA)?`, CS],
    ['netsuite', 'NetSuite'],
    ['quickbooks', 'QuickBooks'],
    ['xero', 'Xero', CS],
    ['stripe', 'Stripe', CS],
    ['shopify', 'Shopify'],
    ['github', 'GitHub'],
    ['gitlab', 'GitLab'],
    ['datadog', 'Datadog'],
    ['splunk', 'Splunk'],
    ['pagerduty', 'PagerDuty'],
    ['dropbox', 'Dropbox'],
    ['sharepoint', 'SharePoint'],
    ['onedrive', 'OneDrive'],
    ['google-drive', 'Google Drive'],
    ['zapier', 'Zapier'],
    ['twilio', 'Twilio'],
    ['mailchimp', 'Mailchimp'],
    ['kafka', 'Kafka', CS],
    ['airflow', 'Airflow', CS],
  ],
  hosting: [
    ['aws', 'AWS|Amazon Web Services', CS],
    ['azure', '(?:Microsoft )?Azure(?! AD| Active| Blob)', CS],
    ['gcp', 'GCP|Google Cloud(?: Platform)?', CS],
    [
      'on-prem',
      String.raw`on[\s-]prem(?:ise|ises)?|self[\s-]hosted|self[\s-]host(?:ing)?|air[\s-]gapped|behind your firewall|private (?:deployments?|installations?|installs?)|(?:in|on|inside) (?:your|the [\w-]+(?:['’]s)?|their) own (?:data[\s-]?cent(?:re|er)s?|servers?|infrastructure|hardware)`,
    ],
    ['private-cloud', '(?:virtual )?private cloud|VPC(?: peering)?|PrivateLink|private link'],
    [
      'single-tenant',
      String.raw`single[\s-]tenant|dedicated (?:instances?|tenants?|environments?|infrastructure|servers?|databases?)`,
    ],
  ],
  feature: [
    ['audit-log', String.raw`audit[\s-]?(?:logs?|logging|trails?)`],
    [
      'rbac',
      String.raw`RBAC|role[\s-]based (?:access|permissions)(?: control)?|custom roles|granular permissions|fine[\s-]grained (?:access|permissions)`,
    ],
    [
      'ip-allowlist',
      String.raw`IP (?:allow|white)[\s-]?list(?:s|ing)?|IP restrictions|restrict(?:ed|ing|s)? (?:access )?(?:by|to) (?:an? )?IP|IP[\s-]based (?:access|restrictions?)|IP ranges?`,
    ],
    // Documents say it many ways: "Data at rest: AES-256", "storage encryption", "all stored data is encrypted".
    [
      'encryption-at-rest',
      String.raw`encrypt(?:ed|ion|s)? (?:at rest|on disk|in storage)|at[\s-]rest encryption|storage encryption|(?:stored )?data at rest|(?:stored data|file storage|storage|databases?|backups|disks?) (?:is |are )?(?:also |all )?encrypted|encrypt(?:s|ed)?(?: [\w-]+){1,3} (?:at rest|on disk)|at rest(?<=(?:AES[\s-]?256|encrypt\w*)(?:[^.;]|\.\d){0,60}at rest)|at rest(?=[\s(:,–-]*(?:with |using )?(?:AES|encrypt))`,
      { implies: ['encryption'] },
    ],
    [
      'encryption-in-transit',
      String.raw`encrypt(?:ed|ion|s)? in transit|transport encryption|encrypt(?:s|ed)?(?: [\w-]+){1,3} in transit|in transit(?<=(?:TLS|encrypt\w*)(?:[^.;]|\.\d){0,60}in transit)|in transit(?=[\s(:,–-]*(?:with |using |over )?(?:TLS|SSL|HTTPS|encrypt))`,
      { implies: ['encryption'] },
    ],
    ['e2e-encryption', String.raw`end[\s-]to[\s-]end encrypt(?:ed|ion)`, { implies: ['encryption'] }],
    ['aes256', String.raw`AES[\s-]?256`, { implies: ['encryption'] }],
    // TLS is how data is encrypted in transit: a document naming it states that.
    ['tls', String.raw`TLS(?:\s?1\.[0-3])?`, { ...CS, implies: ['encryption-in-transit', 'encryption'] }],
    ['encryption', 'encrypt(?:ed|ion|s)?'],
    [
      'byok',
      String.raw`BYOK|bring[\s-](?:your|their)[\s-]own[\s-](?:encryption[\s-])?keys?|customer[\s-](?:managed|supplied|held|controlled) (?:encryption )?keys|(?:your|their) own (?:encryption )?keys|CMEK|CMK`,
    ],
    ['hsm', 'HSMs?', CS],
    ['api', '(?:REST(?:ful)? |public |open )?APIs?|GraphQL', CS],
    ['webhooks', 'webhooks?'],
    ['sdk', 'SDKs?', CS],
    [
      'mobile-app',
      String.raw`mobile[\s-](?:apps?|applications?|access|clients?|version)|(?:iOS|Android|iPhone|iPad)(?:\s(?:and|&|or)\s(?:iOS|Android|iPhone|iPad))? apps?|native apps?|(?:from|on) (?:their|your|a) (?:phones?|mobiles?)`,
    ],
    ['offline', 'offline (?:mode|access|support|use)|works offline'],
    [
      'white-label',
      String.raw`white[\s-]?label(?:ed|ing)?|custom branding|custom (?:[\w-]+ )?domains?|branded portals?|(?:your|their) own (?:sub)?domains?`,
    ],
    [
      'embedded',
      'embedded (?:analytics|dashboards?|reports?)|embed(?:ding|dable)? (?:dashboards?|reports?|analytics)',
    ],
    ['sandbox', 'sandbox(?:es)?(?: environments?)?|staging environments?|test environments?'],
    ['backups', String.raw`backups?|backed up|point[\s-]in[\s-]time recovery|snapshots`],
    [
      'disaster-recovery',
      String.raw`disaster recovery|fail-?over|RPO|RTO|high availability|geo[\s-]redundan(?:t|cy)|multi[\s-]region|redundan(?:t|cy)`,
    ],
    ['uptime', String.raw`uptime|SLAs?|service[\s-]level agreements?|availability guarantee`],
    ['data-retention', 'data retention|retention (?:periods?|polic(?:y|ies)|windows?|rules?|settings?)'],
    [
      'ai',
      String.raw`AI|A\.I\.|artificial intelligence|machine learning|ML|predictive (?:analytics|models?|insights?)|forecasting|GPT|LLMs?|generative`,
      CS,
    ],
    ['anomaly-detection', 'anomaly detection'],
    // Translating a document is a capability; "that translates to $40 a month" is arithmetic.
    [
      'translation',
      String.raw`(?:automatic|machine|auto|built-in|instant)[\s-]translations?|(?:automatically |instantly )?translat(?:es?|ing|ion of)\s+(?:[\w-]+\s+){0,2}(?:contracts?|documents?|files?|text|content|emails?|messages?|tickets?|conversations?|replies|articles?|agreements?)|(?:automatically|instantly) translat\w*`,
    ],
    // Replies sent with no person reviewing them: documents say whether an assistant may ("it never
    // replies on its own"), so a draft promising it must find that said.
    [
      'unattended-replies',
      String.raw`(?:answers?|answering|repl(?:y|ies|ying)|respond(?:s|ing)?)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:automatically|on (?:its|their) own|unattended|autonomously)|auto[\s-]?repl(?:y|ies)`,
    ],
    ['real-time', String.raw`real[\s-]?time|live (?:data|dashboards?|updates?|sync)|streaming`],
    ['alerts', '(?:automated |custom |threshold |email |instant )?alerts|alerting'],
    [
      'exports',
      '(?:PDF|CSV|Excel|XLSX) exports?|export(?:ing|s|ed)? (?:to|as) (?:PDF|CSV|Excel|XLSX)|data exports?',
    ],
    ['scheduled-reports', 'scheduled reports?|report scheduling|scheduled (?:delivery|deliveries)'],
    // Refunding a shop's orders from the product is an integration's action, not a money-back promise.
    [
      'order-refunds',
      String.raw`refund(?:s|ing|ed)?\s+(?:[\w-]+\s+){0,2}?(?:orders?|purchases?|transactions?)|(?:issue|issuing|process|processing|trigger|triggering)\s+(?:[\w-]+\s+)?refunds?\s+(?:in|from|through|via|inside|within|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:Shopify|Stripe|store|shop|ticket|order)s?`,
    ],
    ['sms-channel', String.raw`SMS|text messag(?:es|ing)|(?:send|sending|receive|receiving) texts`],
    // Calls taken in the product itself; a phone number the customer already has is theirs.
    [
      'phone-channel',
      String.raw`(?:built-in |native |inbound )?(?:phone|voice|telephony) channels?|(?:local|dedicated|toll-free|virtual|direct) (?:phone )?numbers?|phone numbers? for (?:your |each )?(?:agents?|team|customers|support)|voice calls?|telephony|call cent(?:re|er)s?|IVR|(?:port|porting|transfer|transferring) (?:\w+\s+){0,2}(?:phone )?numbers?|(?:make|making|place|placing|take|taking|receive|receiving|answer|answering) (?:outbound |inbound |incoming )?(?:phone )?calls|outbound (?:phone )?calls?|call recordings?|(?:record|recording|transcrib\w+) (?:\w+\s+)?calls|calls? (?:are|is|get|gets) (?:recorded|transcribed)`,
    ],
  ],
  service: [
    [
      'support-247',
      String.raw`24\/7|24\s?[x×]\s?7|round[\s-]the[\s-]clock|around[\s-]the[\s-]clock|(?:24|twenty[\s-]four) hours a day,? (?:and )?(?:7|seven) days a week`,
    ],
    ['phone-support', 'phone support|support (?:by|via|over the) phone'],
    [
      'premium-support',
      String.raw`(?:premium|priority|premier|platinum|dedicated|VIP|white[\s-]glove|enterprise[\s-]grade) support`,
    ],
    [
      'dedicated-csm',
      'dedicated (?:customer success|success|account|support|technical account|solutions?) (?:managers?|teams?|engineers?|reps?|representatives?|contacts?)|CSMs?|TAMs?|technical account managers?|named (?:account|support) (?:managers?|engineers?|contacts?)|customer success managers?',
    ],
    [
      'training',
      '(?:free|complimentary|included|unlimited|onsite|on-site) training|training (?:sessions?|credits|hours|packages?)',
    ],
    [
      'professional-services',
      String.raw`professional services|implementation services|white[\s-]glove(?: onboarding| setup| migration)?|migration services|onboarding (?:packages?|programs?|programmes?|services|specialists?)`,
    ],
    [
      'response-time',
      // "first reply within an hour" and "first response within an hour" are one promise.
      String.raw`(?:first[\s-])?(?:response|resolution|reply) (?:times?|targets?)|first[\s-](?:response|reply)`,
    ],
  ],
  commercial: [
    [
      'trial',
      // The trial's length is a figure of its own, checked as a duration.
      'free trials?|trial (?:period|accounts?|access|licen[cs]es?|version)s?|(?<=-day )trials?',
      { threadMaySupport: true },
    ],
    ['pilot', '(?:free |paid )?pilots?|proofs? of concept|POCs?', { threadMaySupport: true }],
    ['money-back', String.raw`money[\s-]back(?: guarantee)?|refunds?|refundable|satisfaction guarantee`],
    [
      'price-lock',
      "price (?:locks?|protection|guarantees?|freeze|holds?|caps?)|lock(?:ed)? in (?:the |your |this |today's )?(?:price|pricing|rate)s?|keeps? (?:your|their|the) (?:current )?(?:per[\\s-](?:seat|user) )?(?:price|pricing|rate)s?|(?:price|pricing|rate)s? (?:is |are |will be |stays? |remains? )?(?:frozen|locked|fixed|guaranteed)|freez(?:e|ing) (?:the |your |this )?(?:price|pricing|rate)s?|rate locks?|grandfather(?:ed|ing)?|(?:no|zero) price increases?|(?<=\\$[\\d.,]*\\d[^.;\\n]{0,40}\\)?,\\s)(?:fixed|locked|frozen|held|guaranteed) for (?:the (?:whole |full |entire )?(?:term|contract)|(?:two|three|four|five|\\d) years)",
    ],
    [
      'price-match',
      String.raw`price[\s-]match(?:ing|es)?|match (?:any|their|a|the|your) (?:other |competing )?(?:competitor['’]?s?['’]? |vendor['’]?s?['’]? |rival['’]?s?['’]? )?(?:price|pricing|quotes?|offers?|rates?)|beat (?:any|their|a) (?:competitor['’]?s? )?(?:price|quote|offer)`,
    ],
    [
      'unlimited',
      'unlimited|no (?:limits?|caps?|restrictions?) on (?:the number of )?\\w+|as many \\w+ as you (?:like|want|need)',
    ],
    [
      'free-extras',
      String.raw`for free|on the house|(?:first|second|third|last|\w+) (?:month|year|quarter)s? (?:is |are )?free|free months?|months? (?:for )?free|free for (?:the )?(?:first|initial) (?:\w+ )?(?:months?|years?|quarters?|weeks?)|free of charge|(?:at )?no (?:extra |additional )?(?:cost|charge) for (?:the )?(?:first|initial)|free (?:seats?|licen[cs]es?|users?|upgrades?|onboarding|implementation|setup|support|training|month|quarter|year)|complimentary (?:seats?|licen[cs]es?|users?|months?|onboarding|training|upgrades?)|waiv(?:e|ed|es|ing) (?:the |your |our |any )?(?:[$€£]?[\d,.]+k? )?(?:[\w-]+ ){0,2}fees?|fee waivers?`,
    ],
    [
      'setup-fee',
      '(?:setup|set-up|implementation|onboarding|activation|installation) fees?',
      { negationIsClaim: true },
    ],
    [
      'cancel-anytime',
      String.raw`cancel (?:at )?any ?time|termination for convenience|opt[\s-]out (?:clause|any ?time)`,
    ],
    [
      'payment-terms',
      String.raw`net[\s-]?(?:15|30|45|60|90)|payment terms|payable (?:with)?in (?:15|30|45|60|90) days|(?:pay|payments?) in installments|installment plans?`,
    ],
    [
      'programme-pricing',
      'volume (?:discounts?|pricing|tiers?)|(?:non-?profit|education|academic|startup|government) (?:discounts?|pricing)|tiered pricing',
    ],
  ],
  language: [
    ...LANGUAGES.map(
      (l): Row => [
        `lang-${l.toLowerCase()}`,
        // A language, not a nationality: opening a clause, in a list, after "in" or a "Languages:" label, and
        // not "Dutch customers". Nor the customer's own set-up: "English tickets", "German-speaking agents",
        // "English ones" are theirs (and what their people write in, in capability-terms.ts).
        `(?<=^[\\s*]*|\\b(?:in|into|reads?|supports?|speaks?|and|or|plus|also|[Ll]anguages?:?\\**)\\s|,\\s)${l}(?![\\s-]+(?:customers?|teams?|offices?|compan(?:y|ies)|subsidiar(?:y|ies)|markets?|clients?|users?|entit(?:y|ies)|staff|law|VAT|banks?|colleagues?|operations?|suppliers?|vendors?|invoices?\\s+from|ones?|tickets?|queues?|agents?|speakers?|speaking|people|employees|requests?|messages?|emails?|calls?|callers?|inbox(?:es)?|desks?|shifts?|reps?|groups?)\\b)`,
        CS,
      ],
    ),
  ],
  billing: [
    [
      'billing-month',
      String.raw`bill(?:ed|ing)?(?: you)? (?:per month|monthly|every month|month[\s-]to[\s-]month)|monthly (?:billing|invoic(?:ing|es)|payments?|plans?)|(?:invoiced|paid|pay|charged?) (?:monthly|per month|every month|month[\s-]to[\s-]month)|month[\s-]to[\s-]month`,
    ],
    [
      'billing-quarter',
      'bill(?:ed|ing)?(?: you)? (?:per quarter|quarterly|every quarter)|quarterly (?:billing|invoic(?:ing|es)|payments?)|(?:invoiced|paid|pay|charged?) (?:quarterly|per quarter|every quarter)',
    ],
    [
      'billing-year',
      'bill(?:ed|ing)?(?: you)? (?:per year|annually|yearly|every year|once a year)|annual(?:ly)? (?:billing|invoic(?:ing|es)|payments?)|(?:invoiced|paid|pay|charged?) (?:annually|yearly|per year|once a year)' +
        // "monthly by direct debit, or annually in advance", "if you pay a full year in advance".
        '|(?:annually|yearly) (?:in advance|up ?front)|(?:annual|yearly) pre-?pa(?:y\\w*|id)|(?:pay|paid|paying|payment) (?:for )?(?:a|one|the|each) (?:full |whole )?year (?:in advance|up ?front)',
    ],
  ],
};

export const CAPABILITY_TERMS: readonly CapabilityTerm[] = Object.entries(rows).flatMap(([category, list]) =>
  list.map(([id, pattern, options]) => ({ id, category: category as TermCategory, pattern, ...options })),
);

export const TERM_BY_ID: ReadonlyMap<string, CapabilityTerm> = new Map(
  CAPABILITY_TERMS.map((t) => [t.id, t]),
);

/** Integration names count as a claim only beside words of connecting: "I'll share it in Excel" is not one. */
export const INTEGRATION_CUE =
  /\b(?:integrat\w*|connect\w*|sync\w*|plug\w*|push\w*|pull\w*|export\w*|import\w*|native\w*|connector\w*|works? with|compatible|support\w*|feed\w*|deliver\w*|post\w*|stream\w*|ingest\w*|embed\w*|add-?on|plug-?in|two-way|bi-?directional|out of the box|built-in|API|plays? (?:nicely|well) with|talks? to|hooks? (?:in)?to|pipes? (?:in)?to|reads? from|writes? to|lives? (?:inside|in)|app for|(?:inside|within) (?:your )?)\b/i;
