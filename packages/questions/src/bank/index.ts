import { QuestionSchema, describeIssues, type Question, type QuestionInput } from '../model.ts'
import { SECTIONS, type SectionId } from './topics.ts'
import { questions as cloudConcepts } from './cloud-concepts.ts'
import { questions as iam } from './iam.ts'
import { questions as ec2 } from './ec2.ts'
import { questions as ec2Storage } from './ec2-storage.ts'
import { questions as s3 } from './s3.ts'
import { questions as databases } from './databases.ts'
import { questions as containersServerless } from './containers-serverless.ts'
import { questions as cloudValue } from './cloud-value.ts'
import { questions as securityCompliance } from './security-compliance.ts'
import { questions as technology } from './technology.ts'
import { questions as billingSupport } from './billing-support.ts'

export * from './topics.ts'

/** The raw question inputs of each section file, keyed by section id. */
export const sectionInputs: Readonly<Record<SectionId, readonly QuestionInput[]>> = {
  'cloud-concepts': cloudConcepts,
  iam,
  ec2,
  'ec2-storage': ec2Storage,
  s3,
  databases,
  'containers-serverless': containersServerless,
  'cloud-value': cloudValue,
  'security-compliance': securityCompliance,
  technology,
  'billing-support': billingSupport,
}

/** Every raw question input of the bank, section by section. */
export const bankInputs: readonly QuestionInput[] = SECTIONS.flatMap((s) => sectionInputs[s.id])

/** Parses inputs with QuestionSchema; throws one error naming every question that does not parse. */
export function parseQuestions(inputs: readonly QuestionInput[]): Question[] {
  const parsed: Question[] = []
  const problems: string[] = []
  inputs.forEach((input, i) => {
    const result = QuestionSchema.safeParse(input)
    if (result.success) parsed.push(result.data)
    else problems.push(...describeIssues(result.error).map((p) => `${input?.id ?? `#${i + 1}`}: ${p}`))
  })
  if (problems.length) throw new Error(`The built-in question bank is invalid:\n${problems.join('\n')}`)
  return parsed
}

/** The whole built-in AWS Cloud Practitioner bank, parsed. */
export const bank: readonly Question[] = parseQuestions(bankInputs)
