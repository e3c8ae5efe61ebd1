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
  {
    id: 'well-architected-07',
    type: 'single',
    prompt:
      'A company tracks the business output of a workload, such as orders processed, alongside the cost of delivering it, so it can see whether changes make the workload more cost-effective. Which Cost Optimization design principle is this?',
    options: o('Adopt a consumption model', '*Measure overall efficiency', 'Analyze and attribute expenditure', 'Implement Cloud Financial Management'),
    explanation:
      'Measuring overall efficiency means measuring the business output of a workload and the costs of delivering it, and using that to understand the gains from increasing output or reducing cost. Adopting a consumption model is about paying only for what you use, analyzing and attributing expenditure is about assigning costs to owners, and Cloud Financial Management is about building the organization\'s cost capability.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-08',
    type: 'single',
    prompt:
      'A team defines its whole environment as code, runs its operational procedures as scripts triggered by events, and makes frequent, small, reversible changes. Which Well-Architected pillar do these practices belong to?',
    options: o('*Operational excellence', 'Reliability', 'Security', 'Performance efficiency'),
    explanation:
      'Automating operations safely, treating infrastructure and procedures as code, and making small reversible changes are design principles of the operational excellence pillar, which covers running and monitoring workloads and continually improving processes. Reliability, security and performance efficiency benefit from automation too, but these particular principles are listed under operational excellence.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-09',
    type: 'single',
    prompt: 'In the AWS Well-Architected Framework, "go global in minutes" is listed as a design principle of which pillar?',
    options: o('Reliability', 'Cost optimization', '*Performance efficiency', 'Operational excellence'),
    explanation:
      'Performance efficiency lists "go global in minutes": deploying a workload in several Regions gives customers lower latency and a better experience at minimal cost. Reliability is tempting because multi-Region designs also help availability, but its principles are about recovery, testing, horizontal scaling, capacity and automated change; cost optimization and operational excellence do not list it either.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
    difficulty: 'hard',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-10',
    type: 'single',
    prompt:
      'Instead of training its staff to host and tune a NoSQL database and a machine learning platform, a team consumes both as managed AWS services so it can focus on its product. Which Performance Efficiency design principle is this?',
    options: o('Experiment more often', 'Consider mechanical sympathy', 'Scale horizontally to increase aggregate workload availability', '*Democratize advanced technologies'),
    explanation:
      'Democratizing advanced technologies means delegating complex tasks to your cloud provider: technologies such as NoSQL databases or machine learning become services that your team simply consumes, rather than something it must learn to host and run. Experimenting more often is about comparing configurations, mechanical sympathy about matching technology to how it is used, and horizontal scaling is a Reliability principle about spreading load over several resources.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-11',
    type: 'single',
    prompt:
      'Which Well-Architected design principle removes the need to run and maintain physical servers for traditional compute activities, for example by using AWS Lambda or storage services that host static websites?',
    options: o(
      'Scale horizontally to increase aggregate workload availability',
      '*Use serverless architectures',
      'Stop guessing capacity',
      'Keep people away from data',
    ),
    explanation:
      '"Use serverless architectures" is a Performance Efficiency principle: serverless services such as Lambda, or Amazon S3 hosting a static website, remove the operational burden of managing servers and can lower transaction costs because managed services work at cloud scale. Horizontal scaling and stopping guessing capacity are Reliability principles, and keeping people away from data is a Security principle.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-12',
    type: 'single',
    prompt:
      'A team runs the same benchmark on several EC2 instance types and storage configurations in one afternoon, then picks the best one. Which Performance Efficiency design principle makes this practical?',
    options: o('*Experiment more often', 'Democratize advanced technologies', 'Measure overall efficiency', 'Manage change through automation'),
    explanation:
      'With virtual and automatable resources you can quickly carry out comparative testing of different instance types, storage or configurations: the "experiment more often" principle. Democratizing advanced technologies is about consuming complex technology as a service, measuring overall efficiency is a Cost Optimization principle, and managing change through automation is a Reliability principle.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-13',
    type: 'single',
    prompt:
      'When choosing a database, an architect starts from the workload\'s data access patterns and picks the technology that best fits how the data will be used. Which Performance Efficiency design principle is this?',
    options: o('Go global in minutes', 'Experiment more often', '*Consider mechanical sympathy', 'Use serverless architectures'),
    explanation:
      'Mechanical sympathy means using the technology approach that aligns best with your goals, for example considering data access patterns when you select a database or storage approach. Going global is about deploying in many Regions, experimenting is about comparative testing, and serverless is about not managing servers; none of them is about fitting the technology to its usage pattern.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-14',
    type: 'single',
    prompt:
      'A company stops its development and test environments outside working hours, so they run about 40 hours a week instead of 168 and cost far less. Which Cost Optimization design principle does this apply?',
    options: o('Measure overall efficiency', 'Implement Cloud Financial Management', 'Analyze and attribute expenditure', '*Adopt a consumption model'),
    explanation:
      'Adopting a consumption model means paying only for the computing resources you need and scaling usage with business requirements: running dev and test environments 40 of 168 hours a week cuts their compute cost by roughly three quarters. Measuring efficiency relates output to cost, Cloud Financial Management builds cost capability across the organization, and attributing expenditure assigns costs to their owners.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-15',
    type: 'single',
    prompt:
      'The design principle "stop spending money on undifferentiated heavy lifting", under which AWS does the heavy lifting of data center operations and managed services remove the work of managing operating systems, belongs to which Well-Architected pillar?',
    options: o('Operational excellence', '*Cost optimization', 'Sustainability', 'Performance efficiency'),
    explanation:
      'Cost optimization lists "stop spending money on undifferentiated heavy lifting": AWS racks, stacks and powers the servers, and managed services remove the burden of operating systems and applications, so you can spend on your customers and business projects. Operational excellence and sustainability both recommend managed services for their own reasons, but this principle, framed around spending, is a Cost Optimization one.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-16',
    type: 'single',
    prompt:
      'A company tags every resource with the team and product it belongs to, so that it can see which workloads drive its costs and measure each one\'s return on investment. Which Cost Optimization design principle is this?',
    options: o('*Analyze and attribute expenditure', 'Adopt a consumption model', 'Stop guessing capacity', 'Implement Cloud Financial Management'),
    explanation:
      'The cloud makes it easier to identify the cost and usage of workloads and attribute IT costs to revenue streams and workload owners, which helps measure return on investment and gives owners a reason to optimize: this is analyzing and attributing expenditure. Adopting a consumption model is about paying only for what you use, stopping guessing capacity is a Reliability principle, and Cloud Financial Management is about building the organization\'s cost management capability.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-17',
    type: 'single',
    prompt:
      'A company builds a cost-aware culture by training staff, setting up a function that partners finance with technology teams, and defining processes for budgeting and forecasting cloud spend. Which Cost Optimization design principle is this?',
    options: o('Stop spending money on undifferentiated heavy lifting', 'Analyze and attribute expenditure', '*Implement Cloud Financial Management', 'Adopt a consumption model'),
    explanation:
      'Implementing Cloud Financial Management means investing time and resources to build the organization\'s capability in managing cloud cost, through knowledge building, programs, resources and processes, so that it becomes a cost-efficient organization. Stopping spending on undifferentiated heavy lifting, attributing expenditure and adopting a consumption model are specific principles that such a function then applies, not the capability itself.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-18',
    type: 'single',
    prompt:
      'A company grants each person and workload only the permissions it needs, separates duties between roles, manages identities centrally and aims to eliminate long-term static credentials. Which Security design principle does this follow?',
    options: o('Apply security at all layers', 'Automate security best practices', 'Prepare for security events', '*Implement a strong identity foundation'),
    explanation:
      'A strong identity foundation means applying least privilege and separation of duties with appropriate authorization for every interaction, centralizing identity management and reducing reliance on long-term static credentials. Applying security at all layers is about defense in depth, automating best practices is about security as code, and preparing for security events is about incident response.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-19',
    type: 'single',
    prompt:
      'Which Security design principle calls for monitoring, alerting on and auditing actions and changes to your environment in real time, and for feeding logs and metrics into systems that investigate and act automatically?',
    options: o('Protect data in transit and at rest', '*Maintain traceability', 'Keep people away from data', 'Implement a strong identity foundation'),
    explanation:
      'Maintaining traceability means recording and watching who did what and when, in real time, and feeding logs and metrics to systems that can investigate and respond automatically; services such as AWS CloudTrail and Amazon CloudWatch support it. Protecting data is about encryption and access control, keeping people away from data is about reducing manual access, and the identity foundation is about least privilege.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-20',
    type: 'single',
    prompt:
      'To reduce the risk of mishandling data and human error, a company replaces engineers\' direct access to production databases with automated tools and dashboards. Which Security design principle does this apply?',
    options: o('*Keep people away from data', 'Maintain traceability', 'Apply security at all layers', 'Prepare for security events'),
    explanation:
      'Keeping people away from data means using mechanisms and tools to reduce or eliminate the need for direct access to data or its manual processing, which lowers the risk of mishandling, modification and human error with sensitive data. Traceability is about logging and auditing, applying security at all layers is about defense in depth, and preparing for security events is about incident response.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-21',
    type: 'single',
    prompt:
      'A security team writes incident response playbooks, runs simulations of security incidents, and uses tools that automate detection, investigation and recovery. Which Security design principle is this?',
    options: o('Automate security best practices', 'Maintain traceability', '*Prepare for security events', 'Protect data in transit and at rest'),
    explanation:
      'Preparing for security events means having incident management and investigation policies and processes that match your organization\'s needs, running incident response simulations, and using automated tools to speed up detection, investigation and recovery. Automating best practices is about defining controls as code, traceability is about logging and auditing, and protecting data is about encryption and access control.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-22',
    type: 'single',
    prompt:
      'A company classifies its data by sensitivity and then uses encryption, tokenization and access control to protect it both while it is stored and while it moves across networks. Which Security design principle is this?',
    options: o('Keep people away from data', 'Apply security at all layers', 'Implement a strong identity foundation', '*Protect data in transit and at rest'),
    explanation:
      'Protecting data in transit and at rest starts with classifying data into sensitivity levels and then applying mechanisms such as encryption, tokenization and access control where appropriate. Keeping people away from data reduces direct human access, applying security at all layers is about defense in depth, and a strong identity foundation is about least privilege and centralized identities.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-23',
    type: 'single',
    prompt:
      'A team defines its security controls, such as network rules and encryption settings, in version-controlled templates that are deployed automatically with every environment. Which Security design principle does this follow?',
    options: o('Implement a strong identity foundation', '*Automate security best practices', 'Keep people away from data', 'Prepare for security events'),
    explanation:
      'Automating security best practices means using software-based security mechanisms, such as controls defined and managed as code in version-controlled templates, so that you can scale securely, quickly and cost-effectively. The identity foundation is about least privilege, keeping people away from data is about reducing manual access, and preparing for security events is about incident response.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-24',
    type: 'single',
    prompt:
      'A workload is monitored for key performance indicators, and when a threshold is breached, automation replaces the failing component before users notice. Which Reliability design principle is this?',
    options: o('*Automatically recover from failure', 'Test recovery procedures', 'Scale horizontally to increase aggregate workload availability', 'Anticipate failure'),
    explanation:
      'Automatically recovering from failure means monitoring a workload for KPIs tied to business value and triggering automation when a threshold is breached, so that failures are noticed and remediated automatically, sometimes before they happen. Testing recovery procedures validates recovery in advance, horizontal scaling spreads load to limit the impact of one failure, and anticipating failure is an Operational Excellence principle about pre-mortems.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-25',
    type: 'single',
    prompt:
      'Besides appearing among the general design principles, "stop guessing capacity", which warns that resource saturation is a common cause of on-premises failures, is a design principle of which pillar?',
    options: o('Cost optimization', 'Performance efficiency', '*Reliability', 'Sustainability'),
    explanation:
      'The Reliability pillar lists "stop guessing capacity": resource saturation is a common cause of failure on premises, and in the cloud you can monitor demand and automatically add or remove resources to avoid it. Cost optimization, performance efficiency and sustainability all care about right-sizing, but their principles use other words, such as adopting a consumption model or maximizing utilization.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-26',
    type: 'single',
    prompt:
      'A company makes every change to its infrastructure through automated pipelines, so that each change is tracked, reviewed and repeatable. Which Reliability design principle is this?',
    options: o(
      'Test recovery procedures',
      'Automatically recover from failure',
      'Scale horizontally to increase aggregate workload availability',
      '*Manage change through automation',
    ),
    explanation:
      'Managing change through automation means making changes to your infrastructure with automation, so they can be tracked and reviewed, and managing changes to the automation itself. Testing recovery procedures validates recovery in advance, automatic recovery reacts to failures detected by monitoring, and horizontal scaling spreads load across several small resources.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-27',
    type: 'single',
    prompt:
      'Which Operational Excellence design principle recommends designing workloads so that components can be updated regularly with small changes that can be rolled back if they fail?',
    options: o(
      'Refine operations procedures frequently',
      '*Make frequent, small, reversible changes',
      'Learn from all operational events and metrics',
      'Organize teams around business outcomes',
    ),
    explanation:
      'Making frequent, small, reversible changes means keeping workloads loosely coupled so that components can be updated regularly; small changes limit the impact of a failure and are easy to undo. Refining procedures is about improving runbooks and playbooks, learning from events is about post-incident analysis, and organizing teams is about aligning them with business outcomes.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-28',
    type: 'single',
    prompt:
      'Before a major launch, an operations team holds a "pre-mortem" to identify what could go wrong, then runs game days to test how the workload and the team respond to simulated events. Which Operational Excellence design principle is this?',
    options: o('*Anticipate failure', 'Implement observability for actionable insights', 'Use managed services', 'Safely automate where possible'),
    explanation:
      'Anticipating failure means identifying potential sources of failure in advance, for example with pre-mortem exercises, and testing failure scenarios and response procedures, for instance in game days, so they can be removed or mitigated. Observability is about telemetry and KPIs, managed services reduce the operational burden, and safe automation is about guardrails around automated operations.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-29',
    type: 'single',
    prompt:
      'After every customer-impacting incident, a company runs a blameless review, records what it learned and shares the lessons with all its teams. Which Operational Excellence design principle is this?',
    options: o(
      'Anticipate failure',
      'Make frequent, small, reversible changes',
      '*Learn from all operational events and metrics',
      'Implement observability for actionable insights',
    ),
    explanation:
      'Learning from all operational events and metrics means driving improvement through the lessons of every event and failure, and sharing what is learned across teams and the whole organization. Anticipating failure happens before incidents, small reversible changes limit their impact, and observability provides the telemetry to spot problems; the practice described is the post-incident learning loop.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-30',
    type: 'single',
    prompt:
      'Which Operational Excellence design principle says that a team\'s ability to achieve business results comes from leadership vision, effective operations and an operating model aligned with the business?',
    options: o(
      'Use managed services',
      'Implement observability for actionable insights',
      'Refine operations procedures frequently',
      '*Organize teams around business outcomes',
    ),
    explanation:
      'Organizing teams around business outcomes says that reaching business results depends on leadership vision, effective operations and a business-aligned operating model, with leaders committed to a cloud operating model that encourages teams to work efficiently. Managed services reduce operational burden, observability turns telemetry into insight, and refining procedures keeps runbooks current.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-31',
    type: 'single',
    prompt:
      'A team defines key performance indicators for its workload and uses metrics, logs and traces to understand its behavior, performance, reliability, cost and health, so it can act quickly when business outcomes are at risk. Which Operational Excellence design principle is this?',
    options: o('Anticipate failure', '*Implement observability for actionable insights', 'Safely automate where possible', 'Learn from all operational events and metrics'),
    explanation:
      'Implementing observability for actionable insights means gaining a full understanding of workload behavior, performance, reliability, cost and health, setting KPIs and using telemetry to make informed decisions and act promptly. Anticipating failure is about pre-mortems and game days, safe automation is about guardrails around automated operations, and learning from events is about improving after incidents.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-32',
    type: 'single',
    prompt:
      'A company measures the environmental impact of its cloud workload, models its future impact, and sets long-term goals such as reducing the compute resources needed per transaction. Which pillar do these practices belong to?',
    options: o('*Sustainability', 'Cost optimization', 'Performance efficiency', 'Operational excellence'),
    explanation:
      'Understanding your impact and establishing sustainability goals are the first design principles of the sustainability pillar, which aims to minimize the environmental impact of running cloud workloads; reducing the resources needed per transaction is a typical goal. Cost optimization and performance efficiency track cost and speed, and operational excellence tracks operations, not environmental impact.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-33',
    type: 'single',
    prompt:
      'A company regularly reviews new, more energy-efficient instance types, such as those based on AWS Graviton processors, and moves its workloads to them when they become available. Which Sustainability design principle is this?',
    options: o(
      'Maximize utilization',
      'Use managed services',
      '*Anticipate and adopt new, more efficient hardware and software offerings',
      'Reduce the downstream impact of your cloud workloads',
    ),
    explanation:
      'Anticipating and adopting new, more efficient hardware and software offerings means watching for upstream improvements, such as more efficient processors, and designing for flexibility so that you can adopt them quickly. Maximizing utilization is about right-sizing and consolidating, managed services share infrastructure across many customers, and reducing downstream impact is about the resources your customers need to use your service.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-34',
    type: 'single',
    prompt:
      'A company redesigns its web application so that customers\' older phones and laptops can keep using it, instead of forcing them to buy new devices. Which Sustainability design principle does this apply?',
    options: o(
      'Maximize utilization',
      '*Reduce the downstream impact of your cloud workloads',
      'Anticipate and adopt new, more efficient hardware and software offerings',
      'Establish sustainability goals',
    ),
    explanation:
      'Reducing the downstream impact of your cloud workloads means reducing the energy and resources your customers need to use your services, for example by not requiring them to upgrade their devices. Maximizing utilization concerns your own resources, adopting efficient hardware concerns the infrastructure you run on, and setting goals is about measuring and targeting improvement.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-35',
    type: 'single',
    prompt: 'Under the shared responsibility model for sustainability, what is the customer responsible for?',
    options: o(
      'Choosing the renewable energy suppliers that power the AWS data centers it uses',
      'Designing efficient cooling and power distribution systems for AWS facilities',
      'Building more energy-efficient servers and processors for AWS to install',
      '*Using its own resources efficiently, for example by right-sizing them',
    ),
    explanation:
      'AWS is responsible for sustainability of the cloud: efficient infrastructure, power and cooling, and its energy sourcing. Customers are responsible for sustainability in the cloud: optimizing their workloads and resource use, such as right-sizing, raising utilization and deleting data they no longer need. Energy sourcing, facility design and server hardware are all on the AWS side.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-36',
    type: 'single',
    prompt: 'What does the AWS Well-Architected Tool help customers do?',
    options: o(
      '*Review workloads against AWS best practices and get a plan for improvement',
      'Automatically fix insecure resource configurations in every account of an organization',
      'Estimate the monthly cost of an architecture before any resources are deployed',
      'Migrate on-premises servers into AWS with minimal downtime during cutover',
    ),
    explanation:
      'The AWS Well-Architected Tool, in the AWS Management Console, lets you answer questions about a workload, compares your answers with Well-Architected best practices, highlights risks and produces an improvement plan. It does not change your resources, cost estimates come from the AWS Pricing Calculator, and server migration is done with AWS Application Migration Service.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_TOOL,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-37',
    type: 'single',
    prompt: 'Which statement about the AWS Well-Architected Tool is true?',
    options: o(
      'It is available only to customers with an Enterprise Support plan',
      'It changes workload resources automatically to match best practices',
      '*It is offered at no additional charge to AWS customers',
      'It can be used only by AWS Partners during a paid consulting engagement',
    ),
    explanation:
      'The AWS Well-Architected Tool is available in the console at no additional charge to any AWS customer. It records answers and reports risks but does not modify resources, it does not require any particular Support plan, and although AWS Partners can run reviews with it, customers can use it on their own.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_TOOL,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-38',
    type: 'single',
    prompt:
      'A team wants to review a workload built on AWS Lambda and Amazon API Gateway against best practices that are specific to serverless applications. What can it apply in the AWS Well-Architected Tool?',
    options: o('A service control policy for serverless accounts', '*The Serverless Applications Lens', 'An AWS Config conformance pack', 'An AWS Trusted Advisor check'),
    explanation:
      'Lenses extend the Well-Architected Framework with guidance for a particular industry or technology, and the Serverless Applications Lens, available in the AWS Well-Architected Tool, adds questions and best practices for serverless workloads. Service control policies restrict permissions in AWS Organizations, conformance packs evaluate resource configurations in AWS Config, and Trusted Advisor checks inspect account resources rather than review an architecture.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: 'https://docs.aws.amazon.com/wellarchitected/latest/serverless-applications-lens/welcome.html',
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-39',
    type: 'single',
    prompt: 'In the AWS Well-Architected Tool, what is a milestone?',
    options: o(
      'A deadline by which all high-risk issues of a workload must be fixed',
      'An alert sent when a workload\'s monthly cost exceeds its budget',
      'A review that AWS Support schedules every quarter for each account',
      '*A saved record of a workload review at a point in time',
    ),
    explanation:
      'A milestone records the state of a workload review at a particular point in time, for example before and after a round of improvements, so that you can compare them and track progress. The tool does not impose deadlines, budget alerts come from AWS Budgets, and reviews are started by the customer or a partner rather than scheduled quarterly by AWS Support.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_TOOL,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-40',
    type: 'single',
    prompt: 'After a team answers the questions of a workload review in the AWS Well-Architected Tool, what does the tool give it?',
    options: o(
      '*The high and medium risks found, and an improvement plan',
      'A signed compliance report that auditors accept as proof of certification',
      'A CloudFormation template that rebuilds the workload following best practices',
      'A bill for the review based on the number of questions answered',
    ),
    explanation:
      'The tool compares your answers with the best practices of the framework and of any lenses you applied, identifies high-risk and medium-risk issues, and builds an improvement plan that points to guidance for fixing them. It does not issue compliance reports (those come from AWS Artifact), it does not generate templates to rebuild the workload, and using it costs nothing extra.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_TOOL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-41',
    type: 'multiple',
    prompt: 'Which of the following are design principles of the Reliability pillar? (Choose two.)',
    options: o(
      '*Test recovery procedures',
      'Keep people away from data',
      '*Automatically recover from failure',
      'Democratize advanced technologies',
      'Measure overall efficiency',
    ),
    explanation:
      'The Reliability principles are: automatically recover from failure, test recovery procedures, scale horizontally to increase aggregate workload availability, stop guessing capacity, and manage change through automation. Keeping people away from data is a Security principle, democratizing advanced technologies a Performance Efficiency principle, and measuring overall efficiency a Cost Optimization principle.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_REL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-42',
    type: 'multiple',
    prompt: 'Which of the following are design principles of the Security pillar? (Choose three.)',
    options: o(
      '*Apply security at all layers',
      'Use serverless architectures',
      '*Automate security best practices',
      'Manage change through automation',
      '*Prepare for security events',
      'Adopt a consumption model',
    ),
    explanation:
      'The Security principles are: implement a strong identity foundation, maintain traceability, apply security at all layers, automate security best practices, protect data in transit and at rest, keep people away from data, and prepare for security events. Serverless architectures belong to Performance Efficiency, managing change through automation to Reliability, and adopting a consumption model to Cost Optimization.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SEC,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'well-architected-43',
    type: 'multiple',
    prompt: 'Which of the following are design principles of the Cost Optimization pillar? (Choose two.)',
    options: o(
      'Experiment more often',
      '*Adopt a consumption model',
      'Maintain traceability',
      '*Measure overall efficiency',
      'Automatically recover from failure',
    ),
    explanation:
      'The Cost Optimization principles are: implement Cloud Financial Management, adopt a consumption model, measure overall efficiency, stop spending money on undifferentiated heavy lifting, and analyze and attribute expenditure. Experimenting more often belongs to Performance Efficiency, maintaining traceability to Security, and automatically recovering from failure to Reliability.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-44',
    type: 'multiple',
    prompt: 'Which of the following are design principles of the Sustainability pillar? (Choose two.)',
    options: o(
      '*Maximize utilization',
      'Go global in minutes',
      'Implement a strong identity foundation',
      '*Anticipate and adopt new, more efficient hardware and software offerings',
      'Make frequent, small, reversible changes',
    ),
    explanation:
      'The Sustainability principles are: understand your impact, establish sustainability goals, maximize utilization, anticipate and adopt new, more efficient hardware and software offerings, use managed services, and reduce the downstream impact of your cloud workloads. Going global in minutes is a Performance Efficiency principle, a strong identity foundation a Security principle, and small reversible changes an Operational Excellence one.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-45',
    type: 'single',
    prompt:
      'A team creates a full production-scale copy of its environment for a load test, runs the test for a day and then deletes the copy, paying only for that day. Which general design principle of the Well-Architected Framework is this?',
    options: o('Improve through game days', 'Drive architectures using data', '*Test systems at production scale', 'Consider evolutionary architectures'),
    explanation:
      'In the cloud you can create a production-scale test environment on demand, complete your testing and then decommission it, paying only while it runs, so you can simulate your live environment for a fraction of the on-premises cost. Game days simulate events to practice responses, data-driven architecture uses measurements to guide choices, and evolutionary architectures are about being able to change designs over time.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_GENERAL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-46',
    type: 'multiple',
    prompt: 'Which of the following are general design principles of the AWS Well-Architected Framework? (Choose two.)',
    options: o(
      '*Stop guessing your capacity needs',
      'Buy capacity for the expected peak in advance',
      '*Consider evolutionary architectures',
      'Freeze the architecture once it is in production',
      'Run game days only after a real outage',
    ),
    explanation:
      'The general design principles are: stop guessing your capacity needs, test systems at production scale, automate with architectural experimentation in mind, consider evolutionary architectures, drive architectures using data, and improve through game days. Buying for the peak in advance is the guessing the cloud avoids, freezing an architecture contradicts evolutionary design, and game days are meant to be run regularly, before real events.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_GENERAL,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-47',
    type: 'single',
    prompt: 'How does the Reliability pillar of the Well-Architected Framework define availability?',
    options: o(
      'The number of Availability Zones a workload is deployed in',
      '*The percentage of time that a workload is available for use',
      'The probability that stored data will not be lost in a year',
      'The speed at which a workload can add capacity during a spike',
    ),
    explanation:
      'The Reliability pillar defines availability as the percentage of time that a workload is available for use, often expressed in "nines" such as 99.9%. The number of Availability Zones is a design choice that helps availability, the chance of not losing data is durability, and adding capacity quickly is elasticity.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: 'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html',
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-48',
    type: 'single',
    prompt:
      'Which Well-Architected pillar focuses on the ability of a workload to perform its intended function correctly and consistently when it is expected to?',
    options: o('Performance efficiency', 'Operational excellence', 'Security', '*Reliability'),
    explanation:
      'The Reliability pillar covers a workload performing its intended function correctly and consistently when expected, including recovering from failures and meeting demand. Performance efficiency is about using resources efficiently as demand changes, operational excellence about running and improving operations, and security about protecting data, systems and assets.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/reliability.html',
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-49',
    type: 'single',
    prompt:
      'A company sets up AWS Budgets alerts and reviews AWS Cost Explorer reports every week to understand where its money goes. Which Well-Architected pillar do these practices support most directly?',
    options: o('*Cost optimization', 'Reliability', 'Operational excellence', 'Sustainability'),
    explanation:
      'Expenditure and usage awareness is a best practice area of the cost optimization pillar, and Budgets and Cost Explorer are among the tools AWS suggests for it. Reliability is about recovering from failure and meeting demand, operational excellence about running and improving operations, and sustainability about environmental impact, even though each benefits from knowing what runs where.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_COST,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'well-architected-50',
    type: 'single',
    prompt:
      'When choosing an AWS Region for a new workload, a company considers, besides its business requirements, which Regions are near Amazon renewable energy projects or have a lower-carbon electricity grid. Which pillar does this practice belong to?',
    options: o('Reliability', 'Performance efficiency', '*Sustainability', 'Security'),
    explanation:
      'Region selection is the first best practice area of the sustainability pillar: among the Regions that meet your business requirements, choosing one near Amazon renewable energy projects or with a lower carbon intensity reduces the workload\'s footprint. Reliability and performance efficiency also influence Region choice, for availability and latency, and security for data residency, but carbon intensity is a sustainability concern.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_SUS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-51',
    type: 'multiple',
    prompt: 'Which of the following practices belong to the operational excellence pillar? (Choose two.)',
    options: o(
      '*Using runbooks and playbooks for routine operations and incident response',
      'Encrypting data at rest with AWS KMS keys',
      '*Implementing observability with metrics, logs and traces',
      'Selecting instance types by running benchmark tests',
      'Choosing a Region with a lower-carbon electricity grid',
    ),
    explanation:
      'Operational excellence covers organizing, preparing, operating and evolving workloads: runbooks and playbooks and observability are core practices of its prepare and operate areas. Encrypting data at rest belongs to security, benchmarking instance types to performance efficiency, and choosing a lower-carbon Region to sustainability.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_OPS,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'well-architected-52',
    type: 'single',
    prompt:
      'A company selects compute-optimized instances for a CPU-heavy workload, adds Amazon CloudFront caching to cut latency for distant users, and re-evaluates new instance types as they are released. Which pillar do these practices belong to?',
    options: o('Cost optimization', '*Performance efficiency', 'Reliability', 'Operational excellence'),
    explanation:
      'Performance efficiency is about using computing resources efficiently to meet requirements and keeping that efficiency as demand changes and technologies evolve: choosing the right resource types, using caching and content delivery, and re-evaluating new offerings. Cost optimization focuses on delivering value at the lowest price, reliability on recovering from failure, and operational excellence on running and improving operations.',
    topic: 'well-architected',
    domain: 1,
    task: '1.2',
    source: WA_PERF,
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
