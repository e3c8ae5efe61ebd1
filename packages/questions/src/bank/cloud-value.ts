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
  {
    id: 'cloud-benefits-07',
    type: 'single',
    prompt:
      'A workload\'s traffic grows steadily by about 10% every month, and on top of that it doubles for two hours every weekday at lunchtime. Which pairing best matches each pattern to the cloud capability that handles it?',
    options: o(
      'Elasticity for the monthly growth; fault tolerance for the lunchtime peaks',
      'High availability for the monthly growth; scalability for the lunchtime peaks',
      '*Scalability for the monthly growth; elasticity for the lunchtime peaks',
      'Agility for the monthly growth; durability for the lunchtime peaks',
    ),
    explanation:
      'Scalability is the ability to grow a workload\'s capacity as long-term demand increases, while elasticity is the ability to add and release resources quickly as demand rises and falls, such as a daily peak. Fault tolerance and high availability are about surviving failures, agility is about how fast teams can get resources, and durability is about not losing data.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-08',
    type: 'single',
    prompt:
      'A data science team needs 100 GPU instances for one week to train a model, and then no GPUs at all. Compared with buying GPU servers, what is the main benefit of running the training on AWS?',
    options: o(
      '*It pays for the capacity only during the week and leaves no idle hardware behind',
      'It receives the GPU servers as physical hardware that it can keep using afterwards',
      'It must commit to a three-year term, which lowers the weekly price of the GPUs',
      'It gets GPU capacity that AWS guarantees will never be needed by other customers',
    ),
    explanation:
      'On AWS the team provisions the instances when it needs them and terminates them when training ends, so it pays only for that week and is not left with expensive hardware that sits idle. AWS does not hand over physical servers, On-Demand capacity needs no three-year commitment, and capacity returned to AWS is reused by other customers rather than kept for one customer.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-09',
    type: 'single',
    prompt:
      'Which advantage of cloud computing lets a company focus its effort on its customers and products instead of on racking, stacking and powering servers?',
    options: o(
      'Go global in minutes',
      'Benefit from massive economies of scale',
      'Trade fixed expense for variable expense',
      '*Stop spending money running and maintaining data centers',
    ),
    explanation:
      'AWS describes this advantage as "stop spending money running and maintaining data centers": the heavy lifting of facilities and hardware moves to AWS, so the company can spend its time on projects that differentiate the business. Going global is about deploying in many Regions, economies of scale are about lower prices from AWS\'s size, and variable expense is about paying only for what you use.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-10',
    type: 'single',
    prompt: 'How does moving to AWS typically benefit a company\'s security posture?',
    options: o(
      'AWS takes over all security tasks, including who may access the company\'s data',
      '*It builds on data centers and networks designed for highly security-sensitive customers',
      'Encryption is no longer needed because traffic inside AWS never leaves private networks',
      'Identity and permission management become unnecessary once workloads run in AWS',
    ),
    explanation:
      'AWS infrastructure is built to satisfy the requirements of the most security-sensitive organizations, and customers inherit those physical and network controls while staying responsible for security in the cloud. AWS does not decide who may access customer data, encryption remains the customer\'s choice and is recommended, and identities and permissions still have to be managed, for example with IAM.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://aws.amazon.com/security/',
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-11',
    type: 'single',
    prompt: 'A company\'s reporting application is used only during business hours. How does the elasticity of the AWS Cloud help it save money?',
    options: o(
      'It can buy smaller servers up front because reports run faster in the cloud',
      'It receives a discount from AWS for applications that are idle at night',
      '*It can scale in or stop the servers after hours and stop paying for them',
      'It can move the servers to a cheaper Region automatically every evening',
    ),
    explanation:
      'Because capacity can be released as easily as it is added, the company can scale in or stop the servers when nobody uses them, for example on a schedule, and pay only for the hours they run. Nothing is bought up front in the pay-as-you-go model, AWS does not discount idle resources (it simply stops charging for stopped compute), and resources never move between Regions on their own.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-12',
    type: 'single',
    prompt:
      'A startup does not want to spend its seed funding on servers before it knows whether its product will succeed. Which advantage of cloud computing addresses this most directly?',
    options: o('*Trade fixed expense for variable expense', 'Go global in minutes', 'Benefit from massive economies of scale', 'Increase speed and agility'),
    explanation:
      'Instead of investing heavily in servers before knowing how they will be used, the startup pays only when it consumes computing resources, and only for how much it consumes: AWS calls this trading fixed (capital) expense for variable expense. Going global, economies of scale and speed are real benefits too, but none of them is about avoiding the up-front investment.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-13',
    type: 'multiple',
    prompt: 'A retailer moves its website from its own data center to AWS. Which outcomes are cloud benefits it can expect? (Choose two.)',
    options: o(
      '*New test environments can be created in minutes and deleted afterwards',
      'The retailer no longer needs to secure its application code or user accounts',
      '*The site can be deployed in additional Regions without building data centers',
      'AWS guarantees that the website will never experience an outage',
      'Prices for the services it uses are fixed for the lifetime of its account',
    ),
    explanation:
      'Provisioning in minutes makes short-lived test environments practical, and the global infrastructure lets the retailer add Regions without new facilities. Securing the application and its users stays the retailer\'s responsibility, AWS offers service level agreements rather than a promise of zero outages, and AWS prices change over time (often downward) rather than being fixed per account.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-14',
    type: 'single',
    prompt:
      'A small team wants to add machine learning and IoT features to its product without first learning to build and operate the underlying infrastructure. Which aspect of the AWS value proposition helps most?',
    options: o(
      'The AWS Free Tier, which makes every AWS service free for the first year',
      'Dedicated Hosts, which give the team its own physical servers to configure',
      'AWS Outposts, which installs AWS-managed racks in the team\'s own office',
      '*A broad range of managed services that the team can use on demand',
    ),
    explanation:
      'AWS offers a broad and deep set of managed services, from machine learning to IoT, that a team can start using in minutes and pay for as it goes, so it does not have to build that technology first. The Free Tier covers limited use of some services, not everything for a year; Dedicated Hosts and Outposts give more control over hardware, which is the opposite of what this team needs.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://aws.amazon.com/what-is-aws/',
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-15',
    type: 'multiple',
    prompt: 'Which practices increase the availability of an application running on AWS? (Choose two.)',
    options: o(
      '*Running instances in at least two Availability Zones behind a load balancer',
      'Placing all instances in one Availability Zone to reduce latency between them',
      '*Using managed options such as Amazon RDS Multi-AZ that fail over automatically',
      'Replacing several small instances with one larger instance',
      'Turning off health checks so that instances are never replaced',
    ),
    explanation:
      'Spreading instances across Availability Zones behind a load balancer, and using managed failover such as RDS Multi-AZ, remove single points of failure so the application survives the loss of an instance or a whole zone. Keeping everything in one zone or on one large instance creates a single point of failure, and disabling health checks stops unhealthy instances from being replaced.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: REGIONS_AZS,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-16',
    type: 'single',
    prompt:
      'A company keeps a second data center only for disaster recovery; it sits almost idle but must be paid for all year. How can AWS lower the cost of disaster recovery?',
    options: o(
      'AWS automatically copies every on-premises server to a second Region free of any charge',
      '*Replicate data to AWS and keep minimal standby resources that scale up in a disaster',
      'AWS Support staff take over and operate the company\'s on-premises servers during a disaster',
      'Edge locations can run the full production workload whenever the primary site fails',
    ),
    explanation:
      'In the cloud a recovery environment can stay small, for example replicated data plus a pilot light of core services, and be scaled up only when needed, so the company pays mainly for storage and minimal resources instead of a full idle site. Nothing is copied to AWS unless the company sets it up, AWS Support does not operate customer servers, and edge locations cache content rather than run production workloads.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html',
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-17',
    type: 'single',
    prompt:
      'Users in Australia complain that a web application hosted only in a US AWS Region responds slowly. What is the most direct way to use the AWS global infrastructure to improve their experience?',
    options: o(
      'Move the application to a larger instance type in the US Region',
      'Add more Availability Zones to the US Region for the application',
      '*Deploy the application in an AWS Region in or near Australia',
      'Enable multi-factor authentication for the Australian users',
    ),
    explanation:
      'Latency grows with distance, so running the application (or serving its content through Amazon CloudFront) from a Region close to the users, such as Asia Pacific (Sydney), shortens the network path. A larger instance does not shorten the distance, customers cannot add Availability Zones to a Region, and MFA improves sign-in security, not response time.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: GLOBAL_INFRA,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-18',
    type: 'single',
    prompt: 'A two-person startup and a large enterprise both run on AWS. Which statement about what they get is true?',
    options: o(
      '*Both can use the same global infrastructure and services, paying for their own usage',
      'Only the enterprise can deploy in more than one Region, because that needs a signed contract',
      'The startup runs on older hardware that AWS sets aside for small accounts',
      'The enterprise alone gets access to managed services such as Amazon RDS',
    ),
    explanation:
      'AWS makes the same Regions, services and pricing available to every customer, so a startup can use infrastructure that once only large enterprises could afford and pay only for its own consumption. Using several Regions needs no special contract, AWS does not keep older hardware for small accounts, and managed services such as Amazon RDS are open to any account.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://aws.amazon.com/what-is-aws/',
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-19',
    type: 'single',
    prompt:
      'A company moves its application onto a single EC2 instance and assumes that, because it now runs in AWS, the application is automatically highly available. What is true?',
    options: o(
      'AWS keeps a hidden standby copy of every EC2 instance in another Availability Zone',
      'EC2 instances cannot fail, because AWS replaces faulty hardware before it breaks',
      'High availability is enabled for every instance by selecting the right AWS Region',
      '*The company must design for it, for example with instances in two or more AZs',
    ),
    explanation:
      'AWS is responsible for the resilience of the infrastructure, but the customer is responsible for the resilience of its workload: a single instance in one Availability Zone is a single point of failure. AWS does not keep hidden standby copies of instances, hardware can and does fail, and no Region setting makes a single-instance design highly available on its own.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/shared-responsibility-model-for-resiliency.html',
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-20',
    type: 'multiple',
    prompt: 'Which of the following are examples of elasticity in the AWS Cloud? (Choose two.)',
    options: o(
      '*An Auto Scaling group adds instances when CPU load rises and removes them when it falls',
      'A company buys a three-year Savings Plan for its steady baseline usage',
      '*An Amazon DynamoDB table in on-demand mode absorbs a sudden spike in requests',
      'Backups are copied to a second Region every night',
      'Data in Amazon S3 is encrypted at rest with AWS KMS keys',
    ),
    explanation:
      'Elasticity is capacity that grows and shrinks with demand: Auto Scaling adds and removes instances, and DynamoDB on-demand mode scales with the request rate without capacity planning. A Savings Plan is a pricing commitment, cross-Region backups are about disaster recovery, and encryption is a security control; none of them changes capacity with demand.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: 'https://aws.amazon.com/ec2/autoscaling/',
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-21',
    type: 'multiple',
    prompt:
      'Before moving to AWS, a company had to fix its server capacity months in advance. Which problems of fixed capacity does the ability to scale on demand remove? (Choose two.)',
    options: o(
      '*Paying for servers that sit idle when demand is lower than planned',
      'Having to control which employees can access the application',
      '*Turning customers away when demand is higher than planned',
      'Having to encrypt sensitive data before storing it',
      'Having to pay for data transferred out to the internet',
    ),
    explanation:
      'With fixed capacity you either over-provision and pay for idle resources, or under-provision and lose customers when demand exceeds what you bought; scaling on demand avoids both. Access control and encryption remain the customer\'s responsibility in the cloud, and data transfer out is a charge the cloud introduces rather than removes.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-22',
    type: 'multiple',
    prompt:
      'After a move to AWS, the CFO notices that the unit price of compute keeps falling over time, and developers notice that they get new environments in minutes instead of weeks. Which advantages of cloud computing do these observations reflect? (Choose two.)',
    options: o(
      '*Benefit from massive economies of scale',
      'Go global in minutes',
      '*Increase speed and agility',
      'Stop guessing capacity',
      'Trade fixed expense for variable expense',
    ),
    explanation:
      'Lower prices that come from the combined usage of many customers are economies of scale, and getting resources in minutes rather than weeks is increased speed and agility. Going global is about deploying in more Regions, stopping guessing capacity is about matching resources to demand, and trading fixed for variable expense is about how you pay, not about prices falling or provisioning speed.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-benefits-23',
    type: 'single',
    prompt:
      'A company wants to test demand for its service in a new country before committing to a long-term investment there. Why is AWS well suited to this?',
    options: o(
      'AWS signs a local data center lease for the company, which can be cancelled later',
      '*It can deploy in a nearby Region quickly and remove everything if demand is low',
      'AWS lets the company try any new Region for free during its first twelve months',
      'It must first buy Reserved Instances in that Region to be allowed to deploy',
    ),
    explanation:
      'Because Regions are already built and resources are billed only while they run, the company can launch in a nearby Region within minutes and simply delete the deployment if the market does not work out, with no stranded hardware. AWS does not lease data centers on a customer\'s behalf, there is no free trial of a Region, and no reservation is needed before deploying.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-24',
    type: 'single',
    prompt: 'What does it mean for an application to be highly available?',
    options: o(
      'It can serve more users by adding more resources as demand keeps growing',
      'Its stored data is not lost even when several disks fail',
      '*It keeps working with minimal downtime, thanks to redundancy',
      'It can be deployed to users around the world within minutes',
    ),
    explanation:
      'A highly available application remains accessible with as little downtime as possible, usually by running redundant components in separate locations such as several Availability Zones, so that one failure does not stop it. Serving more users by adding resources is scalability, not losing stored data is durability, and deploying quickly worldwide is global reach.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: REGIONS_AZS,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-benefits-25',
    type: 'single',
    prompt: 'Which scenario is an example of agility rather than elasticity?',
    options: o(
      '*A developer launches a test database in minutes without filing a hardware request',
      'A web tier adds instances during a traffic spike and removes them afterwards',
      'A fleet of queue workers shrinks to zero instances overnight when the queue is empty',
      'A database keeps a synchronous standby copy in a second Availability Zone',
    ),
    explanation:
      'Agility is about how quickly teams can get the resources they need to try and deliver new things, such as a database in minutes instead of weeks. Adding and removing instances with traffic, or shrinking a worker fleet to zero, are elasticity: capacity following demand. A synchronous standby in another Availability Zone is a high availability design.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: WHAT_IS_CLOUD,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-benefits-26',
    type: 'multiple',
    prompt: 'Which statements about the benefits of the AWS Cloud are accurate? (Choose two.)',
    options: o(
      '*Resources can be provisioned in minutes and released when they are no longer needed',
      'Moving to AWS transfers all of a company\'s compliance obligations to AWS',
      '*AWS passes on savings from its scale to customers as lower prices over time',
      'Applications become highly available automatically, without any design changes',
      'Running in the cloud always costs less than on premises, whatever the usage pattern',
    ),
    explanation:
      'On-demand provisioning and release of resources, and lower prices that come from AWS\'s economies of scale, are core cloud benefits. Compliance is shared (AWS covers the infrastructure, the customer its own use of it), availability depends on how the workload is designed, and savings depend on usage: an oversized or always-on design can cost more than expected.',
    topic: 'cloud-benefits',
    domain: 1,
    task: '1.1',
    source: SIX_ADVANTAGES,
    difficulty: 'hard',
    timeLimitSec: 45,
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
