/** The exam's domains, the bank's topics and the sections of the notes: data only, no questions. */

/** The four CLF-C02 exam domains and their weights in the exam (percent). */
export const DOMAINS = {
  1: { title: 'Cloud Concepts', weight: 24 },
  2: { title: 'Security and Compliance', weight: 30 },
  3: { title: 'Cloud Technology and Services', weight: 34 },
  4: { title: 'Billing, Pricing, and Support', weight: 12 },
} as const
export type Domain = keyof typeof DOMAINS
export const DOMAIN_IDS = [1, 2, 3, 4] as const

/** One of the exam guide's task statements (shared/clf-c02-tasks.md), which every bank question is tagged with. */
export interface Task {
  /** "<domain>.<n>", e.g. "2.3"; the value of a question's `task`. */
  id: string
  domain: Domain
  /** A short label for tables and charts. */
  title: string
  /** The task statement as the exam guide words it. */
  statement: string
}

/** The 19 task statements of the CLF-C02 exam guide, in the guide's order. */
export const TASKS = [
  { id: '1.1', domain: 1, title: 'Benefits of the AWS Cloud', statement: 'Define the benefits of the AWS Cloud' },
  { id: '1.2', domain: 1, title: 'Design principles', statement: 'Identify design principles of the AWS Cloud' },
  { id: '1.3', domain: 1, title: 'Migration to the AWS Cloud', statement: 'Understand the benefits of and strategies for migration to the AWS Cloud' },
  { id: '1.4', domain: 1, title: 'Cloud economics', statement: 'Understand concepts of cloud economics' },
  { id: '2.1', domain: 2, title: 'Shared responsibility model', statement: 'Understand the AWS shared responsibility model' },
  { id: '2.2', domain: 2, title: 'Security, governance and compliance', statement: 'Understand AWS Cloud security, governance, and compliance concepts' },
  { id: '2.3', domain: 2, title: 'Access management', statement: 'Identify AWS access management capabilities' },
  { id: '2.4', domain: 2, title: 'Security components and resources', statement: 'Identify components and resources for security' },
  { id: '3.1', domain: 3, title: 'Deploying and operating', statement: 'Define methods of deploying and operating in the AWS Cloud' },
  { id: '3.2', domain: 3, title: 'Global infrastructure', statement: 'Define the AWS global infrastructure' },
  { id: '3.3', domain: 3, title: 'Compute services', statement: 'Identify AWS compute services' },
  { id: '3.4', domain: 3, title: 'Database services', statement: 'Identify AWS database services' },
  { id: '3.5', domain: 3, title: 'Network services', statement: 'Identify AWS network services' },
  { id: '3.6', domain: 3, title: 'Storage services', statement: 'Identify AWS storage services' },
  { id: '3.7', domain: 3, title: 'AI/ML and analytics services', statement: 'Identify AWS artificial intelligence and machine learning (AI/ML) services and analytics services' },
  { id: '3.8', domain: 3, title: 'Other in-scope services', statement: 'Identify services from other in-scope AWS service categories' },
  { id: '4.1', domain: 4, title: 'Pricing models', statement: 'Compare AWS pricing models' },
  { id: '4.2', domain: 4, title: 'Billing, budget and cost management', statement: 'Understand resources for billing, budget, and cost management' },
  { id: '4.3', domain: 4, title: 'Technical resources and Support', statement: 'Identify AWS technical resources and AWS Support options' },
] as const satisfies readonly Task[]
export type TaskId = (typeof TASKS)[number]['id']
export const TASK_IDS: readonly TaskId[] = TASKS.map((t) => t.id)

export function isTask(id: string): id is TaskId {
  return TASKS.some((t) => t.id === id)
}

/** The task statement with this id (undefined for an unknown id). */
export function taskById(id: string): (typeof TASKS)[number] | undefined {
  return TASKS.find((t) => t.id === id)
}

/** Every topic slug and its exam domain (from shared/question-topics.md). */
export const TOPICS = {
  'cloud-basics': 1,
  // Deployment models (cloud, hybrid, on-premises) are part of task 3.1 in the CLF-C02 exam guide.
  'cloud-deployment-models': 3,
  'cloud-characteristics': 1,
  'cloud-service-models': 1,
  'iam-users-groups': 2,
  'iam-policies': 2,
  'iam-passwords-mfa': 2,
  'iam-access-keys-cli': 2,
  'iam-roles': 2,
  'iam-security-tools': 2,
  'ec2-basics': 3,
  'ec2-security-groups': 3,
  'ec2-on-demand': 4,
  'ec2-reserved': 4,
  'ec2-spot': 4,
  'ec2-dedicated': 4,
  'shared-responsibility': 2,
  ebs: 3,
  'ebs-snapshots': 3,
  ami: 3,
  'instance-store': 3,
  efs: 3,
  's3-buckets-objects': 3,
  's3-security': 2,
  's3-websites': 3,
  's3-versioning': 3,
  's3-access-logs': 2,
  's3-replication': 3,
  's3-storage-classes': 3,
  'databases-basics': 3,
  'rds-aurora': 3,
  elasticache: 3,
  dynamodb: 3,
  analytics: 3,
  dms: 3,
  containers: 3,
  serverless: 3,
  // Beyond the notes: the rest of the CLF-C02 exam guide (shared/clf-c02-tasks.md).
  'cloud-benefits': 1,
  'well-architected': 1,
  'cloud-adoption-framework': 1,
  'migration-strategies': 1,
  'cloud-economics': 1,
  'compliance-governance': 2,
  'audit-logging': 2,
  'encryption': 2,
  'threat-detection': 2,
  'identity-federation': 2,
  'network-security': 2,
  'security-resources': 2,
  'deployment-operations': 3,
  'global-infrastructure': 3,
  'compute-services': 3,
  'networking': 3,
  'storage-services': 3,
  'ai-ml': 3,
  'app-integration': 3,
  'management-governance': 3,
  'developer-enduser': 3,
  'pricing-models': 4,
  'billing-tools': 4,
  'support-plans': 4,
  'technical-resources': 4,
} as const satisfies Record<string, Domain>
export type Topic = keyof typeof TOPICS

export function isTopic(slug: string): slug is Topic {
  return Object.hasOwn(TOPICS, slug)
}

export interface Section {
  /** Also the name of the section's file in this folder. */
  id: string
  title: string
  topics: readonly Topic[]
}

/** The sections of the notes, each with its file of questions, in the notes' order. */
export const SECTIONS = [
  {
    id: 'cloud-concepts',
    title: 'Cloud concepts',
    topics: ['cloud-basics', 'cloud-deployment-models', 'cloud-characteristics', 'cloud-service-models'],
  },
  {
    id: 'iam',
    title: 'IAM',
    topics: ['iam-users-groups', 'iam-policies', 'iam-passwords-mfa', 'iam-access-keys-cli', 'iam-roles', 'iam-security-tools'],
  },
  {
    id: 'ec2',
    title: 'EC2',
    topics: ['ec2-basics', 'ec2-security-groups', 'ec2-on-demand', 'ec2-reserved', 'ec2-spot', 'ec2-dedicated', 'shared-responsibility'],
  },
  {
    id: 'ec2-storage',
    title: 'EC2 storage',
    topics: ['ebs', 'ebs-snapshots', 'ami', 'instance-store', 'efs'],
  },
  {
    id: 's3',
    title: 'Amazon S3',
    topics: ['s3-buckets-objects', 's3-security', 's3-websites', 's3-versioning', 's3-access-logs', 's3-replication', 's3-storage-classes'],
  },
  {
    id: 'databases',
    title: 'Databases and analytics',
    topics: ['databases-basics', 'rds-aurora', 'elasticache', 'dynamodb', 'analytics', 'dms'],
  },
  {
    id: 'containers-serverless',
    title: 'Containers and serverless',
    topics: ['containers', 'serverless'],
  },
  {
    id: 'cloud-value',
    title: 'Cloud value, design and migration',
    topics: ['cloud-benefits', 'well-architected', 'cloud-adoption-framework', 'migration-strategies', 'cloud-economics'],
  },
  {
    id: 'security-compliance',
    title: 'Security, governance and compliance',
    topics: ['compliance-governance', 'audit-logging', 'encryption', 'threat-detection', 'identity-federation', 'network-security', 'security-resources'],
  },
  {
    id: 'technology',
    title: 'Cloud technology and services',
    topics: ['deployment-operations', 'global-infrastructure', 'compute-services', 'networking', 'storage-services', 'ai-ml', 'app-integration', 'management-governance', 'developer-enduser'],
  },
  {
    id: 'billing-support',
    title: 'Billing, pricing and support',
    topics: ['pricing-models', 'billing-tools', 'support-plans', 'technical-resources'],
  },
] as const satisfies readonly Section[]
export type SectionId = (typeof SECTIONS)[number]['id']

/** The section a topic belongs to. */
export function sectionOfTopic(topic: string): (typeof SECTIONS)[number] | undefined {
  return SECTIONS.find((s) => (s.topics as readonly string[]).includes(topic))
}
