import { itemsAsShown, publicNumber, rightOrderShown, type PlayedQuestion } from '@cirrus/game'
import { bank, DOMAINS, DOMAIN_IDS, QuestionSchema, TOPICS, type Question, type QuestionType } from '@cirrus/questions'
import type { AnswerKey, CatalogView, PracticeQuestion } from '@cirrus/protocol'

/** Short names of the bank's topics, as the practice pages show them. */
export const TOPIC_TITLES: Record<keyof typeof TOPICS, string> = {
  'cloud-basics': 'Cloud basics',
  'cloud-deployment-models': 'Deployment models',
  'cloud-characteristics': 'Cloud characteristics',
  'cloud-service-models': 'IaaS, PaaS, SaaS',
  'iam-users-groups': 'IAM users and groups',
  'iam-policies': 'IAM policies',
  'iam-passwords-mfa': 'Passwords and MFA',
  'iam-access-keys-cli': 'Access keys and CLI',
  'iam-roles': 'IAM roles',
  'iam-security-tools': 'IAM security tools',
  'ec2-basics': 'EC2 basics',
  'ec2-security-groups': 'Security groups',
  'ec2-on-demand': 'On-Demand instances',
  'ec2-reserved': 'Reserved instances',
  'ec2-spot': 'Spot instances',
  'ec2-dedicated': 'Dedicated hosts and instances',
  'shared-responsibility': 'Shared responsibility',
  ebs: 'EBS volumes',
  'ebs-snapshots': 'EBS snapshots',
  ami: 'AMIs',
  'instance-store': 'Instance store',
  efs: 'EFS',
  's3-buckets-objects': 'S3 buckets and objects',
  's3-security': 'S3 security',
  's3-websites': 'S3 static websites',
  's3-versioning': 'S3 versioning',
  's3-access-logs': 'S3 access logs',
  's3-replication': 'S3 replication',
  's3-storage-classes': 'S3 storage classes',
  'databases-basics': 'Database basics',
  'rds-aurora': 'RDS and Aurora',
  elasticache: 'ElastiCache',
  dynamodb: 'DynamoDB',
  analytics: 'Analytics services',
  dms: 'Database Migration Service',
  containers: 'Containers',
  serverless: 'Serverless and Lambda',
  'cloud-benefits': 'Benefits of the cloud',
  'well-architected': 'Well-Architected Framework',
  'cloud-adoption-framework': 'Cloud Adoption Framework',
  'migration-strategies': 'Migration strategies',
  'cloud-economics': 'Cloud economics',
  'compliance-governance': 'Compliance and governance',
  'audit-logging': 'Audit and logging',
  encryption: 'Encryption and keys',
  'threat-detection': 'Threat detection',
  'identity-federation': 'Identity Center and federation',
  'network-security': 'Network protection',
  'security-resources': 'Security resources',
  'deployment-operations': 'Deploying and operating',
  'global-infrastructure': 'Global infrastructure',
  'compute-services': 'Compute services',
  networking: 'Networking',
  'storage-services': 'Storage services',
  'ai-ml': 'AI and machine learning',
  'app-integration': 'Application integration',
  'management-governance': 'Management and governance',
  'developer-enduser': 'Developer and end-user services',
  'pricing-models': 'Pricing models',
  'billing-tools': 'Billing and cost tools',
  'support-plans': 'Support plans',
  'technical-resources': 'Technical resources',
}

export const topicTitle = (topic: string) => TOPIC_TITLES[topic as keyof typeof TOPIC_TITLES] ?? topic

/** The built-in bank by id: what practice and the exam draw from. */
export const bankById: ReadonlyMap<string, Question> = new Map(bank.map((q) => [q.id, q]))

/** Bank question ids by topic and by domain, in bank order. */
export const bankKeysByTopic: ReadonlyMap<string, string[]> = groupKeys((q) => q.topic)
export const bankKeysByDomain: ReadonlyMap<number, string[]> = groupKeys((q) => q.domain)

function groupKeys<K>(keyOf: (q: Question) => K | undefined): Map<K, string[]> {
  const groups = new Map<K, string[]>()
  for (const q of bank) {
    const k = keyOf(q)
    if (k === undefined) continue
    groups.set(k, [...(groups.get(k) ?? []), q.id])
  }
  return groups
}

/**
 * The practice key of a question played in a live game: the bank's id when it is the bank's question (same id and
 * prompt), else "<quizId>/<questionId>", whose question is kept with the card.
 */
export function liveQuestionKey(quizId: string, question: Question): { key: string; inBank: boolean } {
  const inBank = bankById.get(question.id)?.prompt === question.prompt
  return inBank ? { key: question.id, inBank } : { key: `${quizId}/${question.id}`, inBank }
}

/** The question behind a key: the bank's, or the one kept with the card. Null when neither exists any more. */
export function questionFor(key: string, questionJson: string | null): Question | null {
  const fromBank = bankById.get(key)
  if (fromBank) return fromBank
  if (!questionJson) return null
  const parsed = QuestionSchema.safeParse(JSON.parse(questionJson))
  return parsed.success ? parsed.data : null
}

/**
 * An exam question by id. The bank is edited over time: a question removed after an attempt drew it is shown as
 * withdrawn (and counts as right, so that nobody loses a point to it) rather than breaking the attempt.
 */
export function examQuestion(id: string): Question {
  return (
    bankById.get(id) ?? {
      id,
      type: 'truefalse',
      prompt: 'This question was withdrawn from the bank after this exam was drawn. It counts as right.',
      options: [
        { text: 'True', correct: true },
        { text: 'False', correct: true },
      ],
      explanation: '',
      difficulty: 'medium',
      timeLimitSec: 20,
      points: 0,
    }
  )
}

export const isWithdrawn = (id: string) => !bankById.has(id)

/**
 * A question as the learner sees it before answering (`q` as shown, see shuffle.ts): texts only. An ordering
 * question's items go out in the dealt order, never the right one; a number question sends its slider and unit,
 * never its accepted numbers.
 */
export function practiceQuestion(key: string, q: PlayedQuestion): PracticeQuestion {
  const view: PracticeQuestion = {
    key,
    type: q.type,
    prompt: q.prompt,
    options: q.type === 'text' ? [] : q.type === 'ordering' ? itemsAsShown(q.options, q.shownOrder) : q.options.map((o) => o.text),
    difficulty: q.difficulty,
  }
  if (q.type === 'multiple') view.pick = q.options.filter((o) => o.correct).length
  if (q.type === 'number' && q.number) view.number = publicNumber(q.number)
  if (q.topic !== undefined) view.topic = q.topic
  if (q.domain !== undefined) view.domain = q.domain
  return view
}

/** The answer key, for feedback and review, by the positions shown: an ordering's right order of the items shown, a number's accepted numbers. */
export function answerKey(q: PlayedQuestion): AnswerKey {
  const none = { correctOptions: [], acceptedAnswers: [], explanation: q.explanation }
  if (q.type === 'text') return { ...none, acceptedAnswers: q.options.map((o) => o.text) }
  if (q.type === 'ordering') return { ...none, correctOrder: rightOrderShown(q.shownOrder, q.options.length) }
  if (q.type === 'number') return { ...none, acceptedNumbers: q.number?.answers ?? [] }
  return { ...none, correctOptions: q.options.flatMap((o, i) => (o.correct ? [i] : [])) }
}

/** The question types practice plays: every type with a right answer (a poll has none, so nothing to practise). */
export const PRACTICE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multiple', 'truefalse', 'text', 'ordering', 'number'])

export function catalogView(): CatalogView {
  return {
    domains: DOMAIN_IDS.map((id) => ({ id, title: DOMAINS[id].title, weight: DOMAINS[id].weight, questionCount: bankKeysByDomain.get(id)?.length ?? 0 })),
    topics: Object.entries(TOPICS)
      .filter(([topic]) => bankKeysByTopic.has(topic))
      .map(([topic, domain]) => ({ id: topic, title: topicTitle(topic), domain, questionCount: bankKeysByTopic.get(topic)!.length })),
  }
}
