import type { QuestionInput } from '../model.ts'

/** Options in the order written; a leading "*" marks a right one. */
const o = (...texts: string[]) => texts.map((t) => (t.startsWith('*') ? { text: t.slice(1), correct: true } : { text: t, correct: false }))
/** The accepted spellings of a typed answer. */
const typed = (...texts: string[]) => texts.map((text) => ({ text, correct: true }))
const tf = (right: boolean) => [
  { text: 'True', correct: right },
  { text: 'False', correct: !right },
]

export const questions: QuestionInput[] = [
  // ---------------------------------------------------------------- cloud-basics
  {
    id: 'cloud-basics-01',
    type: 'single',
    prompt: 'Which statement best describes cloud computing?',
    options: o(
      'Buying servers up front and running them in your own data center',
      '*On-demand delivery of IT resources over the internet with pay-as-you-go pricing',
      'Renting a fixed rack of servers in a colocation facility on a multi-year contract',
      'Hiring an outside firm to write and host a custom application for you',
    ),
    explanation:
      'Cloud computing means getting compute, storage, databases and other IT resources on demand over the internet and paying only for what you use. Buying your own servers is traditional on-premises IT, a multi-year colocation contract is fixed capacity paid for whether used or not, and outsourcing development is a service contract, not cloud computing.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-basics-02',
    type: 'single',
    prompt: 'Which networking device forwards data packets between different computer networks, deciding where each packet should go next on its way across the internet?',
    options: o('Switch', 'DNS server', '*Router', 'Network interface card'),
    explanation:
      'A router connects networks and chooses the path a packet takes between them, which is how traffic finds its way across the internet. A switch delivers packets to the right device inside one local network, a DNS server translates names into IP addresses, and a network interface card only connects a single machine to the network.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-basics-03',
    type: 'single',
    prompt: 'Inside a local network, which device takes an incoming packet and passes it to the correct server or client on that same network?',
    options: o('Router', '*Switch', 'Firewall', 'DNS server'),
    explanation:
      'A switch connects the devices of one local network and sends each packet to the device it is addressed to. A router works between networks rather than inside one, a firewall decides whether traffic is allowed rather than where it goes, and a DNS server only resolves names to IP addresses.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-basics-04',
    type: 'multiple',
    prompt: 'Which of the following are advantages of cloud computing as AWS describes them? (Choose two.)',
    options: o(
      '*Trade fixed up-front expense for variable expense',
      'Hand all responsibility for security to the cloud provider',
      '*Stop guessing how much capacity you will need',
      'Buy servers years ahead to lock in capacity',
      'Keep every workload in a single data center',
    ),
    explanation:
      'Paying for resources as you consume them instead of investing in hardware first, and scaling with real demand instead of guessing capacity, are two of the advantages AWS lists for cloud computing. Security is shared between AWS and the customer, not handed over entirely; buying servers years ahead is exactly the fixed expense the cloud removes; and the cloud makes it easy to spread workloads across many locations rather than one.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-basics-05',
    type: 'truefalse',
    prompt: 'With pay-as-you-go pricing, you pay only for the cloud resources you actually use, and no long-term commitment is required.',
    options: tf(true),
    explanation:
      'True. Pay-as-you-go means you are billed for what you consume, for as long as you consume it, and you can stop at any time without a termination fee. Commitments such as Reserved Instances or Savings Plans are optional ways to lower the price, not a requirement for using the cloud.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-basics-06',
    type: 'single',
    prompt: 'A company sized its on-premises servers for its busiest day of the year, so they sit mostly idle the rest of the time. Which advantage of cloud computing addresses this problem most directly?',
    options: o('Go global in minutes', 'Benefit from massive economies of scale', 'Increase speed and agility', '*Stop guessing capacity'),
    explanation:
      'Stop guessing capacity means you provision for the load you actually have and scale up or down as it changes, so you no longer buy for the peak and leave servers idle. Going global is about deploying in many Regions quickly, economies of scale are about AWS passing on lower prices from its size, and speed and agility are about how fast new resources can be made available to teams.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-basics-07',
    type: 'text',
    prompt: 'What is the name of the pricing approach in which you pay only for the individual services you use, for as long as you use them, with no up-front commitment? (Type its name.)',
    options: typed('pay-as-you-go', 'pay as you go', 'pay-as-you-go pricing', 'pay as you go pricing', 'PAYG', 'pay-per-use', 'pay per use'),
    explanation:
      'Pay-as-you-go is how most AWS services are priced: usage is metered and billed, and there is no contract to sign or minimum to meet. It is the opposite of the on-premises model, where you buy hardware in advance whether or not you end up using it.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-basics-08',
    type: 'multiple',
    prompt: 'A company moves all of its applications from its own data center to AWS. Which tasks does it no longer have to perform itself? (Choose two.)',
    options: o(
      'Deciding which of its employees may access its data',
      '*Buying and replacing physical servers',
      'Choosing how its application data is encrypted',
      '*Powering and cooling the server hardware',
      'Patching the guest operating system of its EC2 instances',
    ),
    explanation:
      'AWS owns and operates the physical facilities, so buying and replacing servers and keeping them powered and cooled stop being the customer\'s job. Controlling who can access the data, choosing encryption for it and patching the guest operating system of EC2 instances all remain the customer\'s responsibility under the shared responsibility model.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-basics-09',
    type: 'single',
    prompt: 'Why can AWS offer lower variable costs than most companies could achieve by running their own data centers?',
    options: o(
      'Customers share a single virtual machine, so fewer servers are needed',
      'Customers must sign multi-year contracts that fix the price',
      '*The usage of a very large number of customers is aggregated, giving economies of scale',
      'Data transfer in and out of AWS is always free of charge',
    ),
    explanation:
      'Because AWS buys and runs infrastructure for a huge number of customers, it achieves economies of scale and passes part of the saving on as lower pay-as-you-go prices. Customers do not share one virtual machine, most services need no long-term contract, and data transfer out of AWS is generally charged, so none of those explains the lower cost.',
    topic: 'cloud-basics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },

  // ---------------------------------------------------------------- cloud-deployment-models
  {
    id: 'cloud-deployment-models-01',
    type: 'single',
    prompt: 'Which deployment model uses cloud resources that are owned and operated by a third-party provider and delivered over the internet?',
    options: o('Private cloud', 'Hybrid cloud', '*Public cloud', 'On-premises deployment'),
    explanation:
      'In a public cloud such as AWS, Microsoft Azure or Google Cloud, the provider owns and runs the infrastructure and customers use it over the internet. A private cloud serves a single organization, a hybrid cloud combines on-premises infrastructure with a public cloud, and an on-premises deployment runs entirely on hardware the company owns.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-deployment-models-02',
    type: 'single',
    prompt: 'A company keeps some servers in its own data center and extends some of its capabilities into AWS, with the two environments connected. Which deployment model is this?',
    options: o('Public cloud', '*Hybrid cloud', 'Private cloud', 'Multi-tenant cloud'),
    explanation:
      'Running part of the workload on premises and part in a public cloud, connected to each other, is a hybrid deployment. A public cloud deployment would run everything at the provider, a private cloud would keep everything on infrastructure dedicated to the company, and multi-tenancy describes how a public cloud shares hardware among customers rather than a deployment model.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-deployment-models-03',
    type: 'single',
    prompt: 'An organization wants cloud-style self-service for its own teams, on infrastructure that no other organization uses and that is not exposed to the public. Which deployment model fits?',
    options: o('*Private cloud', 'Public cloud', 'Hybrid cloud', 'Software as a Service'),
    explanation:
      'A private cloud is used by a single organization and is not open to the public, which suits sensitive applications and specific business needs. A public cloud shares the provider\'s infrastructure among many customers, a hybrid cloud deliberately mixes in a public cloud, and Software as a Service is a service model rather than a deployment model.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-deployment-models-04',
    type: 'truefalse',
    prompt: 'In a hybrid cloud deployment, a company must move all of its sensitive data into the public cloud.',
    options: tf(false),
    explanation:
      'False. One common reason for choosing a hybrid deployment is precisely to keep sensitive assets on the company\'s own infrastructure while using the public cloud for other workloads. Nothing in the hybrid model requires sensitive data to leave the premises.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-deployment-models-05',
    type: 'multiple',
    prompt: 'Which are common reasons for a company to choose a hybrid cloud deployment? (Choose two.)',
    options: o(
      'To stop maintaining any hardware on premises',
      '*To keep control of sensitive assets on its own infrastructure while using the cloud for other workloads',
      'To make sure no workload ever runs on shared provider infrastructure',
      '*To move to the cloud gradually while legacy systems stay on premises',
      'To avoid any network connection between its data center and the cloud',
    ),
    explanation:
      'A hybrid deployment lets a company keep sensitive or regulated systems on premises and move other work to the cloud, and it supports a gradual migration in which legacy systems stay where they are for a while. It does not remove on-premises hardware (that would be an all-in public cloud), it does use shared provider infrastructure for the cloud part, and it depends on connecting the two environments rather than avoiding it.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 'cloud-deployment-models-06',
    type: 'single',
    prompt: 'AWS Outposts brings AWS infrastructure and services into a customer\'s own data center. A company runs Outposts on premises alongside workloads in an AWS Region. Which deployment model is the company using?',
    options: o('Public cloud', 'Private cloud', 'Multi-cloud', '*Hybrid cloud'),
    explanation:
      'AWS positions Outposts as a hybrid solution: the same AWS services and tools run on premises and in the Region, connected as one environment. It is not purely public cloud because part of it sits in the customer\'s facility, not a private cloud because it is joined to the public Region, and multi-cloud means using more than one cloud provider, which is not the case here.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-deployment-models-07',
    type: 'single',
    prompt: 'A new startup builds every part of its application on AWS and owns no servers or data center of its own. Which deployment model does it use?',
    options: o('Hybrid cloud', '*Public cloud', 'Private cloud', 'On-premises deployment'),
    explanation:
      'Running all workloads on a provider such as AWS, with nothing on premises, is a public cloud (sometimes called cloud-native or all-in cloud) deployment. Hybrid would need some on-premises part, a private cloud would need infrastructure dedicated to the startup alone, and on-premises means owning the hardware, which the startup does not.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-deployment-models-08',
    type: 'single',
    prompt: 'Which statement correctly contrasts a private cloud with a public cloud?',
    options: o(
      'A private cloud is always cheaper, because no provider margin is ever paid',
      'A public cloud cannot host any workload that has compliance requirements',
      '*A private cloud serves a single organization; a public cloud pools capacity among many customers',
      'A private cloud must sit in the owner\'s own building; a public cloud must be abroad',
    ),
    explanation:
      'A private cloud is dedicated to one organization, so that organization carries the cost of all its capacity, while a public cloud spreads pooled capacity across many customers who pay per use. A private cloud is not automatically cheaper, public clouds such as AWS support many compliance programs, and a private cloud can be hosted by a third party while public cloud Regions exist in many countries, so a public cloud need not be abroad.',
    topic: 'cloud-deployment-models',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 45,
  },

  // ---------------------------------------------------------------- cloud-characteristics
  {
    id: 'cloud-characteristics-01',
    type: 'single',
    prompt: 'At 2 a.m., a developer creates a new server through a web console, without contacting anyone at the cloud provider. Which characteristic of cloud computing does this show?',
    options: o('Broad network access', '*On-demand self-service', 'Rapid elasticity', 'Measured service'),
    explanation:
      'On-demand self-service means customers provision resources themselves, whenever they want, without any human interaction with the provider. Broad network access is about reaching services from many kinds of devices, rapid elasticity is about scaling with demand, and measured service is about metering usage for billing.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-characteristics-02',
    type: 'single',
    prompt: 'Employees reach the same cloud services over the network from laptops, phones and tablets using standard protocols. Which characteristic of cloud computing is this?',
    options: o('Resource pooling', 'On-demand self-service', '*Broad network access', 'Rapid elasticity'),
    explanation:
      'Broad network access means capabilities are available over the network and can be used from diverse client platforms such as laptops, phones and tablets. Resource pooling is about many customers sharing infrastructure, on-demand self-service is about provisioning without provider staff, and rapid elasticity is about scaling capacity up and down.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-characteristics-03',
    type: 'single',
    prompt: 'Many customers share the same physical infrastructure and applications, yet each customer\'s data stays private and secure from the others. Which characteristic of cloud computing does this describe?',
    options: o('Rapid elasticity', 'Measured service', 'On-demand self-service', '*Multi-tenancy and resource pooling'),
    explanation:
      'Multi-tenancy and resource pooling mean the provider serves many customers from shared hardware, assigning resources dynamically while keeping tenants isolated from one another. Rapid elasticity is about scaling with demand, measured service is about metered billing, and on-demand self-service is about provisioning without human help.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-characteristics-04',
    type: 'single',
    prompt: 'During a one-day sale, an online shop\'s fleet automatically grows from 10 to 200 servers and shrinks back to 10 when the sale ends. Which characteristic of cloud computing makes this possible?',
    options: o('*Rapid elasticity', 'Resource pooling', 'Broad network access', 'Measured service'),
    explanation:
      'Rapid elasticity is the ability to add and remove capacity quickly, even automatically, so resources follow demand in both directions. Resource pooling is the sharing of infrastructure among customers, broad network access is reaching services from many devices, and measured service is the metering of what was used.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-characteristics-05',
    type: 'single',
    prompt: 'A company\'s monthly cloud bill lists exactly how many compute hours, gigabytes of storage and requests it used, and it pays for that usage only. Which characteristic of cloud computing is this?',
    options: o('Rapid elasticity', '*Measured service', 'On-demand self-service', 'Resource pooling'),
    explanation:
      'Measured service means the provider meters resource usage, so it can be monitored, reported and billed: the customer pays only for what was consumed. Rapid elasticity is about scaling, on-demand self-service is about provisioning without contacting the provider, and resource pooling is about shared infrastructure; none of them is about metering.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-characteristics-06',
    type: 'multiple',
    prompt: 'Which of the following are among the five essential characteristics of cloud computing? (Choose two.)',
    options: o(
      'Fixed-capacity provisioning',
      '*Rapid elasticity',
      'Single-tenant hardware for every customer',
      'Long-term capacity contracts',
      '*Measured service',
    ),
    explanation:
      'The five characteristics are on-demand self-service, broad network access, multi-tenancy and resource pooling, rapid elasticity, and measured service. Fixed capacity and long-term capacity contracts are features of traditional IT that the cloud moves away from, and giving every customer its own hardware contradicts resource pooling.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-characteristics-07',
    type: 'truefalse',
    prompt: 'In cloud computing, resource pooling means that each customer gets physical hardware that no other customer ever uses.',
    options: tf(false),
    explanation:
      'False. Resource pooling is the opposite: the provider serves many customers from shared physical resources, assigning and reassigning them as demand changes, while keeping each customer isolated. Dedicated hardware is an optional exception on AWS (for example Dedicated Hosts), not what resource pooling means.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-characteristics-08',
    type: 'single',
    prompt: 'A news site gets a sudden traffic spike. Which two characteristics of cloud computing together let it add servers for the spike and pay only for the extra capacity while it is used?',
    options: o(
      'Broad network access and resource pooling',
      'On-demand self-service and broad network access',
      '*Rapid elasticity and measured service',
      'Resource pooling and on-demand self-service',
    ),
    explanation:
      'Rapid elasticity lets capacity grow for the spike and shrink afterwards, and measured service meters that capacity so the site is billed only for what it used. Broad network access and on-demand self-service concern how resources are reached and requested, and resource pooling is how the provider shares hardware; none of them covers scaling and metered billing together.',
    topic: 'cloud-characteristics',
    domain: 1,
    difficulty: 'hard',
    timeLimitSec: 30,
  },

  // ---------------------------------------------------------------- cloud-service-models
  {
    id: 'cloud-service-models-01',
    type: 'single',
    prompt: 'In which cloud service model does the customer manage the operating system, runtime and applications, while the provider manages the physical servers, storage and networking?',
    options: o('Software as a Service (SaaS)', 'Platform as a Service (PaaS)', '*Infrastructure as a Service (IaaS)', 'Function as a Service (FaaS)'),
    explanation:
      'IaaS provides the building blocks (compute, storage and networking) and leaves the operating system and everything above it to the customer. PaaS also takes the operating system and runtime off the customer\'s hands, SaaS delivers a finished application, and FaaS runs individual functions with no operating system for the customer to manage.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-service-models-02',
    type: 'single',
    prompt: 'AWS Elastic Beanstalk lets developers deploy their code while AWS runs the underlying servers and platform. Which cloud service model is it an example of?',
    options: o('Infrastructure as a Service (IaaS)', '*Platform as a Service (PaaS)', 'Software as a Service (SaaS)', 'Desktop as a Service (DaaS)'),
    explanation:
      'Elastic Beanstalk is the usual AWS example of PaaS: you bring the application and AWS takes care of the infrastructure and platform underneath it. IaaS, like Amazon EC2, would leave the servers to you, SaaS is a finished product you simply use, and DaaS delivers virtual desktops such as Amazon WorkSpaces.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-service-models-03',
    type: 'single',
    prompt: 'A company\'s staff use a web-based email product. The vendor runs and manages everything, from servers to the application itself, and the company only configures and uses it. Which service model is this?',
    options: o('*Software as a Service (SaaS)', 'Platform as a Service (PaaS)', 'Infrastructure as a Service (IaaS)', 'On-premises software'),
    explanation:
      'SaaS is a complete product run and managed by the provider; the customer just uses it, as with Gmail, Dropbox or Zoom. With PaaS the company would still write and deploy its own application, with IaaS it would also run the operating system, and on-premises software would run on the company\'s own hardware.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-service-models-04',
    type: 'multiple',
    prompt: 'Which of the following are examples of Software as a Service (SaaS)? (Choose two.)',
    options: o('Amazon EC2', '*Gmail', 'AWS Elastic Beanstalk', '*Zoom', 'Google App Engine'),
    explanation:
      'Gmail and Zoom are finished applications that the provider runs entirely, so users simply sign in and use them: that is SaaS. Amazon EC2 is IaaS, giving you virtual servers to manage, while Elastic Beanstalk and Google App Engine are PaaS offerings on which you deploy your own code.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-service-models-05',
    type: 'single',
    prompt: 'Which cloud service model gives the customer the most control over its IT resources and most closely resembles traditional on-premises IT?',
    options: o('Software as a Service (SaaS)', 'Platform as a Service (PaaS)', 'Function as a Service (FaaS)', '*Infrastructure as a Service (IaaS)'),
    explanation:
      'IaaS gives the highest level of flexibility and management control: you choose and manage the operating system, software and network configuration much as you would with your own servers. PaaS, FaaS and SaaS each take more of the stack off your hands, which means less to manage but also less control.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-service-models-06',
    type: 'truefalse',
    prompt: 'In the Platform as a Service (PaaS) model, the customer manages the underlying servers, storage and operating systems as well as its own application.',
    options: tf(false),
    explanation:
      'False. PaaS removes the need to manage the underlying infrastructure, including the servers, storage and operating systems; the customer focuses on deploying and managing its application and data. Managing the operating system yourself is a sign of IaaS, not PaaS.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 'cloud-service-models-07',
    type: 'text',
    prompt: 'Which AWS service lets a developer upload a web application\'s code and then handles capacity provisioning, load balancing, scaling and health monitoring, and is the usual AWS example of PaaS? (Type its name.)',
    options: typed('Elastic Beanstalk', 'AWS Elastic Beanstalk', 'Beanstalk', 'Amazon Elastic Beanstalk', 'ElasticBeanstalk', 'EB'),
    explanation:
      'AWS Elastic Beanstalk takes your code and deploys it, setting up and running the EC2 instances, load balancer and Auto Scaling behind it. You keep control of the application while AWS handles the platform, which is what makes it Platform as a Service; EC2 on its own would be IaaS.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-service-models-08',
    type: 'single',
    prompt: 'Which responsibility stays with the customer in every cloud service model: IaaS, PaaS and SaaS?',
    options: o(
      'Patching the operating system of the servers',
      'Maintaining the physical data center',
      'Maintaining the application\'s source code',
      '*Managing its data and who is allowed to access it',
    ),
    explanation:
      'Whatever the model, the customer still decides what data it puts in the cloud and which of its users may access it. Operating system patching belongs to the customer only in IaaS, the application\'s code is the provider\'s in SaaS, and the physical data center is always the provider\'s job.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 'cloud-service-models-09',
    type: 'multiple',
    prompt: 'A company replaces a ticketing application it ran on Amazon EC2 with a SaaS ticketing product. Which tasks does it no longer perform? (Choose two.)',
    options: o(
      'Deciding which employees have accounts in the product',
      '*Patching the operating system of the servers that run the application',
      'Deciding what data it stores in the product',
      '*Scaling the application\'s servers as load grows',
      'Training its staff to use the product',
    ),
    explanation:
      'With SaaS, the vendor runs the whole stack, so operating system patching and scaling the servers move from the company to the vendor. The company still manages its own users and their access, decides what data goes into the product, and trains its staff, because those belong to the customer in every service model.',
    topic: 'cloud-service-models',
    domain: 1,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
]
