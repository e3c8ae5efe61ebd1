import type { QuestionInput } from '../model.ts'

/** Options in the order written; a leading "*" marks a right one. */
const o = (...texts: string[]) => texts.map((t) => (t.startsWith('*') ? { text: t.slice(1), correct: true } : { text: t, correct: false }))

const SIX_ADVANTAGES = 'https://docs.aws.amazon.com/whitepapers/latest/aws-overview/six-advantages-of-cloud-computing.html'
const WHAT_IS_CLOUD = 'https://aws.amazon.com/what-is-cloud-computing/'
const GLOBAL_INFRA = 'https://aws.amazon.com/about-aws/global-infrastructure/'
const REGIONS_AZS = 'https://aws.amazon.com/about-aws/global-infrastructure/regions_az/'
const WA_PILLARS = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/the-pillars-of-the-framework.html'
const WA_GENERAL = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/general-design-principles.html'
const WA_OPS = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/operational-excellence.html'
const WA_SEC = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/sec-design.html'
const WA_REL = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/rel-dp.html'
const WA_PERF = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/performance-efficiency.html'
const WA_COST = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/cost-optimization.html'
const WA_SUS = 'https://docs.aws.amazon.com/wellarchitected/latest/framework/sustainability.html'
const WA_TOOL = 'https://aws.amazon.com/well-architected-tool/'
const CAF = 'https://aws.amazon.com/cloud-adoption-framework/'
const CAF_JOURNEY = 'https://docs.aws.amazon.com/whitepapers/latest/overview-aws-cloud-adoption-framework/your-cloud-transformation-journey.html'
const MIGRATION_STRATEGIES = 'https://docs.aws.amazon.com/prescriptive-guidance/latest/large-migration-guide/migration-strategies.html'
const MGN_FAQ = 'https://aws.amazon.com/application-migration-service/faqs/'
const DATASYNC_FAQ = 'https://aws.amazon.com/datasync/faqs/'
const TRANSFER_FAMILY_FAQ = 'https://aws.amazon.com/aws-transfer-family/faqs/'
const DMS_FAQ = 'https://aws.amazon.com/dms/faqs/'
const SNOWBALL_EDGE = 'https://docs.aws.amazon.com/snowball/latest/developer-guide/whatisedge.html'
const DATA_TRANSFER_TERMINAL = 'https://aws.amazon.com/data-transfer-terminal/'
const COMPUTE_OPTIMIZER = 'https://aws.amazon.com/compute-optimizer/'
const RDS_ORACLE_LICENSING = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.Licensing.html'
const WINDOWS_LICENSING = 'https://aws.amazon.com/windows/resources/licensing/'

// ---------------------------------------------------------------- cloud-benefits (task 1.1)
const cloudBenefits: QuestionInput[] = [
  {
    id: 'cloud-benefits-01',
    type: 'single',
    prompt:
      'A retailer based in the United States wants to serve shoppers in Europe and Asia from nearby infrastructure, without building or leasing data centers in those regions. Which advantage of cloud computing does this illustrate?',
    options: o('*Go global in minutes', 'Stop guessing capacity', 'Trade fixed expense for variable expense', 'Benefit from massive economies of scale'),
    explanation:
      'AWS lets you deploy an application in Regions around the world with a few clicks, so you can serve customers from nearby infrastructure with lower latency and at low cost: that is "go global in minutes". Stopping guessing capacity is about sizing resources to demand, trading fixed for variable expense is about paying as you consume, and economies of scale are about lower prices from aggregated usage.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-02',
    type: 'single',
    prompt:
      'A project team needs 50 additional servers next week. In the company\'s own data center, ordering, delivering and installing hardware takes about three months, but on AWS the servers can be running within minutes. Which advantage of cloud computing is this?',
    options: o(
      'Benefit from massive economies of scale',
      '*Increase speed and agility',
      'Go global in minutes',
      'Stop spending money running and maintaining data centers',
    ),
    explanation:
      'In the cloud, new IT resources are only a click away, so the time to make them available to developers falls from weeks or months to minutes: AWS calls this increased speed and agility. Economies of scale explain lower prices, going global is about deploying in many Regions, and no longer running data centers is about dropping the work of racking and powering hardware, not about how fast capacity arrives.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-03',
    type: 'single',
    prompt:
      'A team wants to try out a new recommendation engine. If the idea fails, it wants to delete everything and to have spent very little. Why is the AWS Cloud well suited to this kind of experiment?',
    options: o(
      'Reserved capacity bought in advance makes every new experiment free during its first year',
      'AWS writes, runs and tunes the experiment\'s application code on the team\'s behalf at no cost',
      '*Resources can be created in minutes and deleted when no longer needed, so failure is cheap',
      'Experiments run in a separate Region that AWS keeps free of charge for testing new ideas',
    ),
    explanation:
      'Because resources are provisioned on demand and billed only while they exist, trying something and throwing it away costs little, which encourages experimentation and innovation. Reservations are a commitment that lowers prices, not a way to make resources free; AWS does not write or run customer code under the shared responsibility model; and there is no special free Region for tests.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-04',
    type: 'single',
    prompt:
      'An online store wants to keep serving customers even if an entire data center loses power. How does the AWS Cloud make this easier than running the store in a single on-premises data center?',
    options: o(
      'AWS guarantees that no server in any of its data centers will ever fail',
      'AWS moves the application to another Region automatically, with no design changes',
      'AWS serves the full application from edge locations whenever a data center fails',
      '*The store can run copies in several Availability Zones, which are separate data centers',
    ),
    explanation:
      'Each AWS Region has several Availability Zones: isolated groups of data centers with independent power and networking. Running the store in at least two of them, behind a load balancer, keeps it available when one fails. AWS does not promise that hardware never fails, it does not move your application between Regions for you (you design for that), and edge locations cache content rather than run the whole application.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: REGIONS_AZS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-05',
    type: 'multiple',
    prompt: 'A software company is expanding to customers in several countries. Which benefits does the AWS global infrastructure give it? (Choose two.)',
    options: o(
      '*Deploying its application in Regions close to its customers to reduce latency',
      'Having its data copied automatically to every AWS Region for durability',
      '*Choosing the Region where its data is stored, to help meet data residency rules',
      'Paying the same price for every service in every Region around the world',
      'Running one Region that spans several continents so that all users are nearby',
    ),
    explanation:
      'You choose where your resources run, so you can place them near your users for lower latency and keep data in a specific Region to meet residency or sovereignty requirements. AWS does not replicate your data to other Regions unless you configure it, prices differ between Regions, and each Region is a separate geographic area rather than one spanning continents.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: GLOBAL_INFRA,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-06',
    type: 'single',
    prompt: 'Which statement best describes elasticity in the AWS Cloud?',
    options: o(
      'The ability of a system to keep working when one of its components fails',
      '*The ability to add resources as demand grows and release them as it falls',
      'The ability to run the same application in several geographic Regions at once',
      'The ability to commit to a fixed amount of capacity in exchange for a lower price',
    ),
    explanation:
      'Elasticity means capacity follows demand in both directions: you add resources when load rises and release them when it drops, paying only for what you use. Continuing to work despite component failures is fault tolerance, running in several Regions is global reach, and committing to capacity for a discount describes Reserved Instances or Savings Plans.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
]

// ---------------------------------------------------------------- well-architected (task 1.2)
const wellArchitected: QuestionInput[] = [
  {
    id: 'well-architected-01',
    type: 'single',
    prompt: 'Which pillar was added to the AWS Well-Architected Framework in 2021, bringing the number of pillars to six?',
    options: o('Operational excellence', 'Performance efficiency', 'Cost optimization', '*Sustainability'),
    explanation:
      'AWS added the sustainability pillar in December 2021 to address the environmental impact of running cloud workloads, joining operational excellence, security, reliability, performance efficiency and cost optimization. The other three options were among the original five pillars.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PILLARS,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-02',
    type: 'multiple',
    prompt: 'Which of the following are pillars of the AWS Well-Architected Framework? (Choose three.)',
    options: o('*Reliability', 'Elasticity', '*Security', 'Scalability', '*Performance efficiency', 'Agility'),
    explanation:
      'The six pillars are operational excellence, security, reliability, performance efficiency, cost optimization and sustainability. Elasticity, scalability and agility are benefits of cloud computing that a well-architected workload can achieve, but none of them is a pillar of its own.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PILLARS,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-03',
    type: 'single',
    prompt:
      'An architect protects a web application with AWS WAF at the edge, security groups and network ACLs in the VPC, hardened operating systems on each instance and input validation in the code. Which security design principle does this follow?',
    options: o('Implement a strong identity foundation', 'Maintain traceability', '*Apply security at all layers', 'Keep people away from data'),
    explanation:
      'Applying security at all layers means defense in depth: several controls at the network edge, in the VPC, at the load balancer, on every instance and operating system and in the application, so that one failing control does not expose the workload. A strong identity foundation is about least privilege and centralized identities, traceability is about logging and auditing, and keeping people away from data is about reducing direct human access.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-04',
    type: 'single',
    prompt:
      'A team uses automation to simulate the failure of an Availability Zone in a test environment and checks that its workload recovers the way its runbooks say it should. Which Reliability design principle is the team applying?',
    options: o(
      '*Test recovery procedures',
      'Manage change through automation',
      'Stop guessing capacity',
      'Scale horizontally to increase aggregate workload availability',
    ),
    explanation:
      'In the cloud you can test how a workload fails and validate your recovery procedures, using automation to simulate failures or recreate past ones, instead of waiting for a real outage to find out. Managing change through automation is about making infrastructure changes with tracked automation, stopping guessing capacity is about matching resources to demand, and scaling horizontally spreads load over several small resources.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-05',
    type: 'single',
    prompt:
      'A company replaces one very large EC2 instance with several smaller instances behind a load balancer, so that a single failure affects only part of the traffic. Which design principle is this?',
    options: o(
      'Automatically recover from failure',
      '*Scale horizontally to increase aggregate workload availability',
      'Manage change through automation',
      'Anticipate and adopt new, more efficient hardware and software offerings',
    ),
    explanation:
      'Replacing one large resource with several small ones reduces the impact of a single failure and spreads requests so that there is no common point of failure: this is scaling horizontally to increase aggregate workload availability, a Reliability principle. Automatic recovery is about triggering remediation from monitoring, managing change through automation is about how changes are made, and adopting efficient hardware is a Sustainability principle.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-06',
    type: 'single',
    prompt:
      'To reduce the energy its workload consumes, a company consolidates many lightly used instances onto fewer instances that run at higher utilization. Which Well-Architected pillar and design principle does this match?',
    options: o(
      'Cost optimization: adopt a consumption model',
      'Reliability: scale horizontally to increase availability',
      'Performance efficiency: experiment more often',
      '*Sustainability: maximize utilization',
    ),
    explanation:
      'The sustainability pillar asks you to right-size workloads and maximize utilization, because two hosts running at 30% use more energy than one host at 60%. Consolidation can also lower cost, but the stated goal is energy, and adopting a consumption model is about paying only for what you use. Scaling horizontally spreads load for availability, and experimenting more often is about comparing configurations for performance.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
]

// ---------------------------------------------------------------- cloud-adoption-framework (task 1.3)
const cloudAdoptionFramework: QuestionInput[] = [
  {
    id: 'cloud-adoption-framework-01',
    type: 'single',
    prompt: 'What is the AWS Cloud Adoption Framework (AWS CAF)?',
    options: o(
      '*Guidance from AWS experience that helps organizations plan and carry out a cloud transformation',
      'A console tool that reviews one workload at a time against the six architectural best-practice pillars',
      'A service that continuously replicates on-premises servers into AWS for lift-and-shift migrations',
      'A set of preventive controls that AWS Control Tower applies to every new account',
    ),
    explanation:
      'AWS CAF draws on AWS and partner experience to help organizations identify and prioritize transformation opportunities, assess their cloud readiness and improve it, grouping its guidance into six perspectives. Reviewing a workload against best practices is the AWS Well-Architected Tool, replicating servers for rehosting is AWS Application Migration Service, and preventive controls for new accounts come from AWS Control Tower.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-adoption-framework-02',
    type: 'multiple',
    prompt: 'Which of the following are perspectives of the AWS Cloud Adoption Framework? (Choose three.)',
    options: o('*Business', 'Reliability', '*Governance', 'Sustainability', '*Operations', 'Finance'),
    explanation:
      'AWS CAF has six perspectives: Business, People, Governance, Platform, Security and Operations. Reliability and sustainability are pillars of the Well-Architected Framework, not CAF perspectives, and financial topics such as cloud financial management belong to the Governance perspective rather than to a separate Finance perspective.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-adoption-framework-03',
    type: 'single',
    prompt:
      'A CEO and a CFO want to make sure that the company\'s cloud investments speed up its digital transformation and lead to measurable business outcomes. Which AWS CAF perspective focuses on this?',
    options: o('People', 'Platform', '*Business', 'Operations'),
    explanation:
      'The Business perspective helps ensure that cloud investments accelerate digital transformation ambitions and business outcomes; its typical stakeholders are the CEO, CFO, COO, CIO and CTO. People covers culture, leadership and workforce, Platform covers building and modernizing the cloud platform, and Operations covers delivering cloud services at the level the business needs.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-adoption-framework-04',
    type: 'single',
    prompt:
      'A company\'s main concern about moving to the cloud is preparing its staff: training them, evolving its culture and adapting its organizational structure and leadership. Which AWS CAF perspective addresses this?',
    options: o('Governance', '*People', 'Security', 'Business'),
    explanation:
      'The People perspective bridges technology and business, focusing on culture, organizational structure, leadership and workforce so that the organization can evolve toward continuous learning and change. Governance covers orchestrating initiatives and managing risk and cloud spend, Security covers confidentiality, integrity and availability, and Business covers aligning cloud investment with business outcomes.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-adoption-framework-05',
    type: 'single',
    prompt:
      'Within the AWS Cloud Adoption Framework, which perspective includes the capabilities of cloud financial management, risk management, and program and project management?',
    options: o('Business', 'Operations', 'Platform', '*Governance'),
    explanation:
      'The Governance perspective helps orchestrate cloud initiatives while maximizing organizational benefits and minimizing transformation risks; its capabilities include program and project management, benefits management, risk management, cloud financial management and data governance. Business is tempting because of the financial topic, but it covers strategy, portfolio, innovation and product management; Operations and Platform are technical perspectives.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-adoption-framework-06',
    type: 'single',
    prompt:
      'A CTO and a team of architects and engineers want to build an enterprise-grade, scalable hybrid cloud platform and modernize existing workloads. Which AWS CAF perspective covers this work?',
    options: o('*Platform', 'Operations', 'Security', 'People'),
    explanation:
      'The Platform perspective helps build an enterprise-grade, scalable, hybrid cloud platform, modernize existing workloads and implement new cloud-native solutions; its stakeholders are the CTO, technology leaders, architects and engineers. Operations is about running and supporting cloud services, Security is about protecting data and workloads, and People is about culture and skills.',
    topic: 'cloud-adoption-framework',
    domain: 1,
    task: '1.3',
    source: CAF,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
]

// ---------------------------------------------------------------- migration-strategies (task 1.3)
const migrationStrategies: QuestionInput[] = [
  {
    id: 'migration-strategies-01',
    type: 'single',
    prompt: 'Which migration strategy, also called "lift and shift", moves an application to AWS without making changes to it?',
    options: o('Replatform', 'Refactor', '*Rehost', 'Repurchase'),
    explanation:
      'Rehosting moves applications to the cloud as they are, for example copying servers to Amazon EC2 with AWS Application Migration Service; it is often the fastest way to migrate at scale. Replatforming makes some cloud optimizations without changing the core architecture, refactoring re-architects the application, and repurchasing replaces it with a different product, often SaaS.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'migration-strategies-02',
    type: 'multiple',
    prompt: 'During a portfolio review before a migration, which findings suggest that an application should be retired? (Choose two.)',
    options: o(
      '*It has had almost no users for the past year',
      'It was upgraded on premises last year and is still being depreciated',
      '*Another application already provides the same business function',
      'It must be rewritten as microservices to handle future growth',
      'The vendor now offers the same software as a SaaS subscription',
    ),
    explanation:
      'Retire means decommissioning applications that are no longer useful, such as those with very few users or whose function is duplicated elsewhere; this removes their cost and risk from the migration. A recent upgrade that is still being depreciated points to retain, a rewrite for scale points to refactor, and switching to the vendor\'s SaaS offering is repurchase.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'migration-strategies-03',
    type: 'single',
    prompt:
      'A migration assessment finds that one application depends on a mainframe that cannot move for at least two years, so the application will stay on premises for now. Which migration strategy is this?',
    options: o('Retire', '*Retain', 'Relocate', 'Rehost'),
    explanation:
      'Retain (sometimes called revisit) keeps an application in its source environment for now, for example because of dependencies, recent investment or compliance, or simply because it is not a priority; it can be revisited later. Retire would shut the application down, relocate moves whole environments to a cloud version of their platform, and rehost would move the application to AWS unchanged.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'migration-strategies-04',
    type: 'single',
    prompt:
      'A company decides to stop running its self-hosted customer relationship management (CRM) software and to move its users to a SaaS CRM product instead. Which migration strategy is this?',
    options: o('Refactor', 'Rehost', 'Replatform', '*Repurchase'),
    explanation:
      'Repurchase, sometimes called "drop and shop", replaces an application with a different product, typically a SaaS offering, and often changes the licensing model too. Refactoring rewrites the existing application, rehosting moves it unchanged, and replatforming moves it with a few cloud optimizations; in all three the company keeps running its own application.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'migration-strategies-05',
    type: 'multiple',
    prompt: 'Which of the following are examples of the replatform migration strategy? (Choose two.)',
    options: o(
      '*Moving a self-managed MySQL database to Amazon RDS for MySQL without changing the application',
      'Copying on-premises virtual machines to Amazon EC2 unchanged with AWS Application Migration Service',
      '*Moving a Java web application to AWS Elastic Beanstalk with only minor configuration changes',
      'Rewriting a monolithic application as microservices that run on AWS Lambda',
      'Replacing an on-premises email server with a subscription email service',
    ),
    explanation:
      'Replatforming ("lift, tinker and shift") makes a few cloud optimizations, such as moving to a managed database or platform, while keeping the application\'s core architecture. Copying virtual machines unchanged is rehosting, rewriting as microservices on Lambda is refactoring, and replacing the email server with a subscription service is repurchasing.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'migration-strategies-06',
    type: 'single',
    prompt:
      'A company\'s monolithic order system cannot scale to meet demand, so the company plans to rebuild it as event-driven microservices that use AWS Lambda, Amazon SQS and Amazon DynamoDB. Which migration strategy is this?',
    options: o('*Refactor', 'Replatform', 'Relocate', 'Retain'),
    explanation:
      'Refactoring (re-architecting) changes how an application is built, usually to use cloud-native features, and is driven by needs such as scale, performance or agility that the current design cannot meet. Replatforming keeps the core architecture and makes a few optimizations, relocating moves environments to a cloud version of the same platform, and retaining leaves the application where it is.',
    topic: 'migration-strategies',
    domain: 1,
    task: '1.3',
    source: MIGRATION_STRATEGIES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
]

// ---------------------------------------------------------------- cloud-economics (task 1.4)
const cloudEconomics: QuestionInput[] = [
  {
    id: 'cloud-economics-01',
    type: 'single',
    prompt: 'Which of the following is an example of a variable cost for a company that runs its workloads on AWS?',
    options: o(
      'A three-year lease on floor space in a colocation facility',
      '*Hourly charges for EC2 instances that rise and fall with usage',
      'The salaries of an operations team of a fixed size',
      'A one-time purchase of a storage array for a data center',
    ),
    explanation:
      'A variable cost changes with how much you use: On-Demand EC2 charges grow when you run more instances and shrink when you stop them. A multi-year lease, a fixed team\'s salaries and a hardware purchase are paid whether or not the capacity is actually used, which makes them fixed costs.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: SIX_ADVANTAGES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-economics-02',
    type: 'single',
    prompt:
      'A company buys servers, storage and networking equipment for its own data center and depreciates them over several years. What type of expense is this?',
    options: o('Operational expenditure (OpEx)', 'Variable expense', '*Capital expenditure (CapEx)', 'Consumption-based expense'),
    explanation:
      'Buying physical assets up front and depreciating them over their useful life is capital expenditure. Operational expenditure covers the ongoing costs of running the business, such as a monthly AWS bill; variable and consumption-based expenses change with usage, which a hardware purchase does not.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: SIX_ADVANTAGES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-economics-03',
    type: 'multiple',
    prompt: 'A company is estimating the full cost of keeping its workloads in its own data center. Which costs should it include? (Choose three.)',
    options: o(
      '*Power and cooling for the servers',
      '*Floor space, physical security and building maintenance',
      'AWS charges for data transfer out to the internet',
      '*Staff time to rack, replace and maintain hardware',
      'Per-request charges for Amazon S3',
      'Monthly fees for an AWS Support plan',
    ),
    explanation:
      'Running your own data center means paying for power and cooling, for the facility itself (space, physical security, maintenance) and for the people who install and maintain the hardware, on top of the hardware. AWS data transfer, S3 request charges and Support plan fees are costs of using AWS, so they belong on the other side of the comparison.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-economics-04',
    type: 'single',
    prompt:
      'A company already owns licenses for a commercial database engine and wants to use them for a database on Amazon RDS instead of paying for new licenses. What is this licensing model called?',
    options: o('*Bring your own license (BYOL)', 'License included', 'Pay-as-you-go licensing through AWS Marketplace', 'Software Assurance pricing'),
    explanation:
      'With bring your own license, you use licenses you already hold, as Amazon RDS for Oracle allows, and pay AWS only for the infrastructure. License included means the software license is part of the AWS price, Marketplace hourly pricing is a way to buy new software by usage, and Software Assurance is a Microsoft maintenance program rather than an AWS licensing model.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: RDS_ORACLE_LICENSING,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-economics-05',
    type: 'single',
    prompt:
      'A company does not own any Windows Server licenses and wants to run Windows workloads on Amazon EC2 with the least licensing effort. What should it do?',
    options: o(
      'Buy perpetual Windows Server licenses and assign them to each instance',
      'Run the instances on Dedicated Hosts so that AWS can waive the license fee',
      'Launch Linux instances and install Windows Server from the company\'s own media',
      '*Launch Windows AMIs whose license cost is included in the instance price',
    ),
    explanation:
      'AWS offers license-included Windows Server instances: the license is covered by the instance price and AWS takes care of licensing compliance, so nothing needs to be bought up front. Buying perpetual licenses adds a capital cost, Dedicated Hosts are for bringing eligible licenses of your own and do not waive fees, and installing Windows from your own media on Linux instances is not a supported licensing path.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: WINDOWS_LICENSING,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-economics-06',
    type: 'single',
    prompt:
      'Amazon CloudWatch shows that a company\'s EC2 instances have averaged 5% CPU utilization for several months. Which action best applies the practice of rightsizing?',
    options: o(
      'Buy a three-year Savings Plan that covers the current instances',
      '*Move the workloads to smaller instance types that match their real needs',
      'Add more instances behind a load balancer to spread the load further',
      'Move the instances to Dedicated Hosts to improve their performance',
    ),
    explanation:
      'Rightsizing means matching instance types and sizes to a workload\'s real performance and capacity needs at the lowest cost, so consistently idle instances should be downsized; AWS Compute Optimizer can recommend the sizes. Committing to the oversized fleet with a Savings Plan locks in the waste, adding instances raises cost further, and Dedicated Hosts cost more and do nothing about idle capacity.',
    topic: 'cloud-economics',
    domain: 1,
    task: '1.4',
    source: COMPUTE_OPTIMIZER,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
]

export const questions: QuestionInput[] = [
  ...cloudBenefits,
  ...wellArchitected,
  ...cloudAdoptionFramework,
  ...migrationStrategies,
  ...cloudEconomics,
]
