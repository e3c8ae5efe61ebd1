import { QuizSchema, type Quiz, type QuizInput } from './model.ts'

const tf = (right: boolean) => [
  { text: 'True', correct: right },
  { text: 'False', correct: !right },
]
const pick = (right: string, ...wrong: string[]) => [{ text: right, correct: true }, ...wrong.map((text) => ({ text, correct: false }))]

/** A short quiz that every fresh server has: ten questions across the four CLF-C02 domains and all four types. */
const starter: QuizInput = {
  id: 'starter-cloud-basics',
  title: 'Cloud basics: a ten-question starter',
  description: 'A quick round across the AWS Cloud Practitioner domains, with every question type.',
  questions: [
    {
      id: 'starter-01',
      type: 'single',
      prompt: 'Which cloud characteristic lets you add or remove capacity quickly as demand changes?',
      options: pick('Rapid elasticity', 'Measured service', 'Broad network access', 'Resource pooling'),
      explanation:
        'Rapid elasticity is scaling out and in with demand. Measured service is paying for what is metered, broad network access is reaching services over the network from many devices, and resource pooling is many customers sharing the same hardware.',
      topic: 'cloud-characteristics', domain: 1, difficulty: 'easy', timeLimitSec: 20,
    },
    {
      id: 'starter-02',
      type: 'truefalse',
      prompt: 'The AWS account root user should be used for everyday administrative tasks.',
      options: tf(false),
      explanation:
        'False. The root user has unrestricted access and cannot be limited by IAM policies; protect it with MFA and use it only for the few tasks that require it. Everyday work is done with IAM users or roles that have only the permissions they need.',
      topic: 'iam-users-groups', domain: 2, difficulty: 'easy', timeLimitSec: 15,
    },
    {
      id: 'starter-03',
      type: 'single',
      prompt: 'Which service model gives you a complete application that the provider runs, such as web email?',
      options: pick('Software as a Service (SaaS)', 'Infrastructure as a Service (IaaS)', 'Platform as a Service (PaaS)', 'Function as a Service (FaaS)'),
      explanation:
        'SaaS delivers a finished application. IaaS gives you servers, storage and networks to manage yourself, PaaS gives you a platform to deploy your own code on, and FaaS runs your functions on demand.',
      topic: 'cloud-service-models', domain: 1, difficulty: 'easy', timeLimitSec: 20,
    },
    {
      id: 'starter-04',
      type: 'multiple',
      prompt: 'Which two are the customer\'s responsibility under the shared responsibility model for Amazon EC2?',
      options: [
        { text: 'Patching the guest operating system', correct: true },
        { text: 'Configuring security group rules', correct: true },
        { text: 'Replacing failed disks in the data center', correct: false },
        { text: 'Physical security of the data center', correct: false },
        { text: 'Maintaining the hypervisor', correct: false },
      ],
      explanation:
        'On EC2 the customer owns everything from the guest operating system up: patches, applications, data and the firewall rules in security groups. AWS owns the physical facilities, the hardware (including failed disks) and the virtualization layer.',
      topic: 'shared-responsibility', domain: 2, difficulty: 'medium', timeLimitSec: 30,
    },
    {
      id: 'starter-05',
      type: 'single',
      prompt: 'Which port must a security group allow for SSH access to a Linux instance?',
      options: pick('22', '21', '80', '3389'),
      explanation:
        'SSH listens on TCP port 22. Port 21 is FTP, port 80 is plain HTTP and port 3389 is RDP, used to reach Windows instances.',
      topic: 'ec2-security-groups', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    },
    {
      id: 'starter-06',
      type: 'single',
      prompt: 'Which EC2 purchasing option fits a fault-tolerant batch job that can be interrupted, at the lowest cost?',
      options: pick('Spot Instances', 'On-Demand Instances', 'Reserved Instances', 'Dedicated Hosts'),
      explanation:
        'Spot Instances use spare capacity at a steep discount and can be reclaimed with a two-minute warning, which an interruptible batch job tolerates. On-Demand costs more, Reserved Instances need a one- or three-year commitment, and Dedicated Hosts are the most expensive option, for licensing or compliance needs.',
      topic: 'ec2-spot', domain: 4, difficulty: 'easy', timeLimitSec: 20,
    },
    {
      id: 'starter-07',
      type: 'text',
      prompt: 'Which AWS service provides a managed NFS file system that many Linux instances across Availability Zones can mount at once? (Give its short name.)',
      options: [
        { text: 'EFS', correct: true },
        { text: 'Amazon EFS', correct: true },
        { text: 'Elastic File System', correct: true },
        { text: 'Amazon Elastic File System', correct: true },
      ],
      explanation:
        'Amazon EFS is a managed NFS file system that instances in several Availability Zones mount at the same time. An EBS volume is a network drive bound to one Availability Zone, and instance store is local to one host.',
      topic: 'efs', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    },
    {
      id: 'starter-08',
      type: 'truefalse',
      prompt: 'An Amazon EBS volume can be attached to an EC2 instance in a different Availability Zone from the one where the volume was created.',
      options: tf(false),
      explanation:
        'False. An EBS volume lives in one Availability Zone. To use its data in another zone, take a snapshot and create a new volume from it in that zone.',
      topic: 'ebs', domain: 3, difficulty: 'medium', timeLimitSec: 20,
    },
    {
      id: 'starter-09',
      type: 'single',
      prompt: 'Which S3 storage class is designed for archive data that is rarely accessed and can wait 12 hours or more to be retrieved, at the lowest storage cost?',
      options: pick('S3 Glacier Deep Archive', 'S3 Standard-Infrequent Access', 'S3 One Zone-Infrequent Access', 'S3 Glacier Instant Retrieval'),
      explanation:
        'S3 Glacier Deep Archive has the lowest storage price, with standard retrievals within 12 hours and bulk within 48. Standard-IA and One Zone-IA return data in milliseconds at a higher storage price, and Glacier Instant Retrieval is for archives that still need millisecond access.',
      topic: 's3-storage-classes', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    },
    {
      id: 'starter-10',
      type: 'single',
      prompt: 'Which AWS service runs your code in response to events without you provisioning or managing servers?',
      options: pick('AWS Lambda', 'Amazon EC2', 'Amazon ECS on EC2', 'Amazon EMR'),
      explanation:
        'AWS Lambda runs functions on demand and bills for the compute time used. EC2 and ECS on EC2 need you to run instances, and EMR is a managed big-data cluster.',
      topic: 'serverless', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    },
  ],
}

export const starterQuiz: Quiz = QuizSchema.parse(starter)
