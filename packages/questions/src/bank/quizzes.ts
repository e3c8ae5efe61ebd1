import { QuizSchema, type Difficulty, type Question, type Quiz } from '../model.ts'
import { bank } from './index.ts'
import { DOMAINS, DOMAIN_IDS, SECTIONS, type Domain } from './topics.ts'

const DIFFICULTY_RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 }

const SECTION_DESCRIPTIONS: Record<(typeof SECTIONS)[number]['id'], string> = {
  'cloud-concepts': 'What cloud computing is, the deployment models, the five characteristics of the cloud, and IaaS, PaaS and SaaS.',
  iam: 'The root user, IAM users and groups, policies and least privilege, passwords and MFA, access keys and the CLI, roles, and the IAM security tools.',
  ec2: 'EC2 instances and their configuration, security groups and ports, the purchasing options, and the shared responsibility model.',
  'ec2-storage': 'EBS volumes and snapshots, AMIs, the EC2 instance store and Amazon EFS.',
  s3: 'Buckets and objects, S3 security, static websites, versioning, access logs, replication and the storage classes.',
  databases: 'Relational and NoSQL databases, RDS and Aurora, ElastiCache, DynamoDB, the analytics services and DMS.',
  'containers-serverless': 'Docker, ECS, Fargate and ECR, and serverless computing with AWS Lambda.',
  'cloud-value': 'The benefits of the AWS Cloud, the Well-Architected Framework, the Cloud Adoption Framework, migration strategies and cloud economics.',
  'security-compliance': 'Compliance and governance, audit logging, encryption, threat detection, identity federation, network protection and security resources.',
  technology: 'Deploying and operating on AWS, the global infrastructure, compute, networking, storage, AI/ML, application integration, management and developer services.',
  'billing-support': 'Pricing models, billing and cost-management tools, the Support plans and AWS technical resources.',
}

/** A small deterministic generator (mulberry32), so the warm-up is the same on every server for the same bank. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** A section's questions in study order: topic by topic as in the notes, easy before hard within a topic. */
export function sectionQuestions(questions: readonly Question[], topics: readonly string[]): Question[] {
  return questions
    .filter((q) => q.topic !== undefined && topics.includes(q.topic))
    .map((q, i) => ({ q, i }))
    .sort(
      (a, b) =>
        topics.indexOf(a.q.topic!) - topics.indexOf(b.q.topic!) ||
        DIFFICULTY_RANK[a.q.difficulty] - DIFFICULTY_RANK[b.q.difficulty] ||
        a.i - b.i,
    )
    .map(({ q }) => q)
}

/** How many of `size` questions each domain gets by the exam's weights (largest remainder, so they sum to size). */
export function domainQuota(size: number): Record<Domain, number> {
  const exact = DOMAIN_IDS.map((d) => ({ d, x: (size * DOMAINS[d].weight) / 100 }))
  const quota = Object.fromEntries(exact.map(({ d, x }) => [d, Math.floor(x)])) as Record<Domain, number>
  let left = size - exact.reduce((sum, { x }) => sum + Math.floor(x), 0)
  for (const { d } of [...exact].sort((a, b) => (b.x % 1) - (a.x % 1) || a.d - b.d)) {
    if (left-- <= 0) break
    quota[d]++
  }
  return quota
}

/**
 * A mixed round drawn deterministically from the bank: each domain gets its exam-weighted share, taken round-robin
 * across that domain's topics while cycling through the difficulties; the round then runs from easy to hard.
 * A domain with too few questions gives what it has.
 */
export function warmUpQuestions(questions: readonly Question[], size = 20, seed = 20_250_101): Question[] {
  const random = seeded(seed)
  const quota = domainQuota(size)
  const cycle: Difficulty[] = ['medium', 'easy', 'medium', 'hard', 'easy', 'medium', 'hard']
  const picked: Question[] = []
  for (const domain of DOMAIN_IDS) {
    const byTopic = new Map<string, Question[]>()
    for (const q of shuffled(questions.filter((q) => q.domain === domain), random)) {
      const list = byTopic.get(q.topic ?? '') ?? []
      list.push(q)
      byTopic.set(q.topic ?? '', list)
    }
    const topics = shuffled([...byTopic.keys()].sort(), random)
    let want = 0
    for (let n = 0, t = 0; n < quota[domain] && topics.some((topic) => byTopic.get(topic)!.length); t++) {
      const pool = byTopic.get(topics[t % topics.length]!)!
      if (!pool.length) continue
      const at = pool.findIndex((q) => q.difficulty === cycle[want % cycle.length])
      picked.push(pool.splice(at >= 0 ? at : 0, 1)[0]!)
      want++
      n++
    }
  }
  return shuffled(picked, random).sort((a, b) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty])
}

/** The built-in quizzes made from a bank: one per section (sections without questions are left out) and the warm-up. */
export function bankQuizzes(questions: readonly Question[] = bank): Quiz[] {
  const quizzes: Quiz[] = []
  for (const section of SECTIONS) {
    const list = sectionQuestions(questions, section.topics)
    if (!list.length) continue
    quizzes.push(
      QuizSchema.parse({
        id: `aws-${section.id}`,
        title: `AWS Cloud Practitioner: ${section.title}`,
        description: `${SECTION_DESCRIPTIONS[section.id]} ${list.length} questions from the CLF-C02 study bank.`,
        questions: list,
      }),
    )
  }
  const warmUp = warmUpQuestions(questions)
  if (warmUp.length) {
    quizzes.push(
      QuizSchema.parse({
        id: 'aws-exam-warm-up',
        title: 'AWS Cloud Practitioner: exam warm-up',
        description: `${warmUp.length} mixed questions across the four CLF-C02 domains, weighted as in the exam (cloud concepts 24%, security and compliance 30%, technology and services 34%, billing and support 12%), from easy to hard.`,
        questions: warmUp,
      }),
    )
  }
  return quizzes
}
