import type { QuestionInput } from '../model.ts'

/** Options where the listed (zero-based) positions are the right ones. */
const opts = (right: number | number[], ...texts: string[]) => {
  const rights = Array.isArray(right) ? right : [right]
  return texts.map((text, i) => ({ text, correct: rights.includes(i) }))
}
const tf = (right: boolean) => [
  { text: 'True', correct: right },
  { text: 'False', correct: !right },
]
const typed = (...answers: string[]) => answers.map((text) => ({ text, correct: true }))

export const questions: QuestionInput[] = [
  // ---------------------------------------------------------------- containers
  {
    id: 'containers-01',
    type: 'single',
    prompt: 'Which AWS offering runs your containers without you provisioning or managing any EC2 instances?',
    options: opts(
      2,
      'Amazon ECS with the EC2 launch type',
      'Amazon ECR',
      'AWS Fargate',
      'Amazon EC2 Auto Scaling',
    ),
    explanation:
      'AWS Fargate is the serverless compute engine for containers: you state the CPU and memory a task needs and AWS runs it, with no instances to manage. With the ECS EC2 launch type you run and maintain the cluster instances yourself, Amazon ECR only stores container images, and EC2 Auto Scaling adds or removes EC2 instances that you still manage.',
    topic: 'containers', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
  },
  {
    id: 'containers-02',
    type: 'single',
    prompt: 'A team wants a managed AWS registry to store its private Docker images so that Amazon ECS can pull them. Which service should it use?',
    options: opts(
      0,
      'Amazon Elastic Container Registry (ECR)',
      'Amazon Elastic Container Service (ECS)',
      'AWS Fargate',
      'Amazon Elastic File System (EFS)',
    ),
    explanation:
      'Amazon ECR is AWS\'s managed container image registry, with private repositories (and public ones through ECR Public) from which ECS, EKS, Fargate and Lambda pull images. ECS orchestrates and runs containers but does not store images, Fargate is the serverless compute that runs them, and EFS is a shared file system, not an image registry.',
    topic: 'containers', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html',
  },
  {
    id: 'containers-03',
    type: 'multiple',
    prompt: 'Which are benefits of packaging an application as a Docker container? (Choose two.)',
    options: opts(
      [1, 4],
      'Every container carries its own full guest operating system kernel',
      'The application behaves the same on any machine that runs the container',
      'Container images can be stored only in the public Docker Hub',
      'Containers must run on dedicated physical hardware',
      'Containers can be started and scaled up or down within seconds',
    ),
    explanation:
      'A container packages the application with its dependencies, so it runs the same way on a laptop, a server or in the cloud, and because containers are lightweight they start and scale in seconds. Containers share the host\'s kernel instead of each carrying a full guest OS, images can be kept in private registries such as Amazon ECR as well as Docker Hub, and containers run on ordinary shared servers or virtual machines rather than dedicated hardware.',
    topic: 'containers', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.3',
    source: 'https://aws.amazon.com/docker/',
  },
  {
    id: 'containers-04',
    type: 'truefalse',
    prompt: 'When you run Amazon ECS with the EC2 launch type, you are responsible for provisioning and maintaining the EC2 instances of the cluster.',
    options: tf(true),
    explanation:
      'True. With the EC2 launch type, containers run on EC2 instances in your account that you launch, patch and scale, while ECS decides where tasks run and starts and stops them. If you do not want to manage those instances, you run the same tasks on AWS Fargate instead.',
    topic: 'containers', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html',
  },
  {
    id: 'containers-05',
    type: 'single',
    prompt: 'Why are Docker containers usually lighter and faster to start than virtual machines?',
    options: opts(
      3,
      'Containers run without any operating system at all',
      'Each container gets its own small hypervisor that emulates hardware for it',
      'Containers can run only one process on each host',
      'Containers share the host OS kernel instead of booting their own OS',
    ),
    explanation:
      'Containers are isolated processes that share the host\'s operating system kernel, so there is no guest OS to boot and many containers fit on one server. They do still rely on an operating system (the host\'s), it is virtual machines that run on a hypervisor emulating hardware, and a single host commonly runs many containers at once.',
    topic: 'containers', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.3',
    source: 'https://aws.amazon.com/docker/',
  },
  {
    id: 'containers-06',
    type: 'single',
    prompt: 'When you run an Amazon ECS task on AWS Fargate, how do you size it?',
    options: opts(
      1,
      'You pick an EC2 instance type and the number of instances in the cluster',
      'You specify the vCPU and memory the task needs, and pay for them while it runs',
      'You choose nothing: Fargate charges per request, like AWS Lambda',
      'You buy a fixed monthly plan that covers any number of tasks',
    ),
    explanation:
      'With Fargate you declare the vCPU and memory for each task, and you are billed for those resources for the time the task runs. Choosing instance types and counts is what you do with the EC2 launch type, per-request pricing describes Lambda rather than Fargate, and Fargate has no flat monthly plan covering unlimited tasks.',
    topic: 'containers', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
  },
  {
    id: 'containers-07',
    type: 'multiple',
    prompt: 'Which AWS services run containers for you, as opposed to only storing container images? (Choose three.)',
    options: opts(
      [0, 2, 3],
      'Amazon Elastic Container Service (ECS)',
      'Amazon Elastic Container Registry (ECR)',
      'Amazon Elastic Kubernetes Service (EKS)',
      'AWS Fargate',
      'Amazon S3',
    ),
    explanation:
      'ECS and EKS orchestrate containers (EKS with Kubernetes), and Fargate is the serverless compute engine on which both can run them. ECR is a registry that stores and serves container images but does not run them, and Amazon S3 is object storage.',
    topic: 'containers', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.3',
    source: 'https://aws.amazon.com/containers/',
  },
  {
    id: 'containers-08',
    type: 'single',
    prompt:
      'A company wants to deploy a Dockerized web application on AWS. AWS should start and stop the containers, and the company does not want to patch or scale any servers. Which setup fits?',
    options: opts(
      1,
      'Store the images in Amazon ECS and run them on Amazon ECR',
      'Store the images in Amazon ECR and run them as Amazon ECS tasks on AWS Fargate',
      'Store the images in Amazon ECR and run them as ECS tasks on self-managed EC2 instances',
      'Store the images in Amazon EFS and run them as Amazon EMR steps',
    ),
    explanation:
      'ECR holds the images, ECS launches and stops the containers, and Fargate supplies the compute so there are no servers to patch or scale. Storing images in ECS and running them on ECR swaps the two services\' roles, the EC2 launch type leaves the instances for the company to manage, and EFS with EMR is a file system plus a big-data cluster service, not a way to run web containers.',
    topic: 'containers', domain: 3, difficulty: 'hard', timeLimitSec: 45,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
  },

  // ---------------------------------------------------------------- serverless
  {
    id: 'serverless-01',
    type: 'single',
    prompt: 'What does "serverless" mean for a developer on AWS?',
    options: opts(
      0,
      'Servers still exist, but you do not provision, manage or see them',
      'The application runs with no servers anywhere in the process',
      'The code runs on the end users\' own devices instead of in AWS',
      'The service is free because no servers are involved',
    ),
    explanation:
      'Serverless means AWS runs and scales the servers behind the service, so developers only deploy code (or use a managed service) and never provision or patch machines. There are always servers underneath, the code runs in AWS rather than on users\' devices, and serverless services are billed for use, not free.',
    topic: 'serverless', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.3',
    source: 'https://aws.amazon.com/serverless/',
  },
  {
    id: 'serverless-02',
    type: 'text',
    prompt: 'What is the maximum timeout, in minutes, that you can configure for a standard AWS Lambda function? (Type a number.)',
    options: typed('15', '15 minutes', 'fifteen', 'fifteen minutes', '15 min', '15 mins'),
    explanation:
      'A Lambda function\'s timeout defaults to 3 seconds and can be raised up to 900 seconds, which is 15 minutes; work that runs longer belongs on a service such as AWS Fargate, Amazon EC2 or AWS Step Functions. (The newer Lambda Managed Instances option, which runs functions on EC2 capacity, allows longer asynchronous runs, but standard Lambda stops at 15 minutes.)',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  },
  {
    id: 'serverless-03',
    type: 'multiple',
    prompt: 'What are the two main charges for running an AWS Lambda function? (Choose two.)',
    options: opts(
      [1, 2],
      'An hourly charge for each function, even when it is not invoked',
      'The number of requests (invocations)',
      'The compute duration, based on the memory configured and the run time',
      'The number of EC2 instances that host the function',
      'The number of lines of code in the deployment package',
    ),
    explanation:
      'Lambda bills per request and per unit of compute duration, measured in milliseconds and scaled by the memory you configure (GB-seconds), so an idle function costs nothing for compute. There is no hourly charge for a function that is not invoked, you never see or pay for hosting EC2 instances, and code size does not determine the price.',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.3',
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  {
    id: 'serverless-04',
    type: 'single',
    prompt: 'How much memory can you configure for a standard AWS Lambda function?',
    options: opts(
      3,
      'From 64 MB to 1,024 MB',
      'From 128 MB to 3,008 MB',
      'From 1 GB to 64 GB',
      'From 128 MB to 10,240 MB',
    ),
    explanation:
      'Lambda memory can be set from 128 MB up to 10,240 MB (10 GB), in 1 MB steps. The 3,008 MB ceiling is an old limit that older course material still quotes, and 64 MB to 1,024 MB or 1 GB to 64 GB have never been the Lambda range.',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  },
  {
    id: 'serverless-05',
    type: 'truefalse',
    prompt: 'In AWS Lambda, giving a function more memory also gives it proportionally more CPU power.',
    options: tf(true),
    explanation:
      'True. Lambda has no separate CPU setting: it allocates CPU in proportion to the memory you configure, so raising memory can make compute-heavy functions finish faster. Because billing is memory times duration, a faster run can partly offset the higher memory price.',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 20,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  },
  {
    id: 'serverless-06',
    type: 'single',
    prompt:
      'Whenever a user uploads a photo to an Amazon S3 bucket, a thumbnail must be created automatically, and the team wants no servers to manage. Which solution fits best?',
    options: opts(
      1,
      'An EC2 instance that checks the bucket for new photos every minute',
      'An AWS Lambda function triggered by the S3 upload event',
      'An Amazon EMR cluster that runs a Spark job for each photo',
      'An Amazon ECS cluster on the EC2 launch type that polls the bucket',
    ),
    explanation:
      'Lambda is event-driven: S3 can invoke a function for every new object, the function makes the thumbnail, and you pay only while it runs. A polling EC2 instance and an ECS cluster on EC2 both leave servers to manage and run even when nothing is uploaded, and an EMR cluster is a heavyweight big-data platform for a small per-file task.',
    topic: 'serverless', domain: 3, difficulty: 'easy', timeLimitSec: 30,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html',
  },
  {
    id: 'serverless-07',
    type: 'multiple',
    prompt: 'Which of these AWS services are serverless? (Choose three.)',
    options: opts(
      [0, 2, 4],
      'AWS Lambda',
      'Amazon EC2',
      'Amazon DynamoDB',
      'Amazon RDS provisioned DB instances',
      'AWS Fargate',
    ),
    explanation:
      'Lambda runs functions, DynamoDB stores data and Fargate runs containers without you provisioning or managing servers, which is what makes them serverless. With Amazon EC2 you launch and manage the virtual servers yourself, and provisioned RDS DB instances are database servers whose instance class and size you choose.',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.3',
    source: 'https://aws.amazon.com/serverless/',
  },
  {
    id: 'serverless-08',
    type: 'single',
    prompt:
      'A developer wants to run a Lambda function written in Rust, a language with no managed Lambda runtime. What can the developer do?',
    options: opts(
      2,
      'Nothing: Lambda accepts only Python and Node.js code',
      'Ask AWS Support to install a Rust compiler in the Region',
      'Deploy it with a custom runtime on an OS-only Lambda runtime',
      'Upload the Rust source and let Lambda compile it on the first run',
    ),
    explanation:
      'Besides managed runtimes such as Node.js, Python, Java, .NET and Ruby, Lambda offers OS-only runtimes for custom runtimes (used for compiled languages like Rust and Go) and accepts functions packaged as container images. Lambda is not limited to Python and Node.js, AWS Support does not install compilers for you, and Lambda does not compile uploaded source code: a compiled language is deployed as a built executable.',
    topic: 'serverless', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html',
  },
  {
    id: 'serverless-09',
    type: 'single',
    prompt:
      'A nightly batch job runs for about two hours and needs 30 GB of memory. The team wants to avoid managing servers. Which option fits?',
    options: opts(
      2,
      'An Amazon Athena query scheduled every night',
      'A standard AWS Lambda function with its maximum timeout',
      'An Amazon ECS task on AWS Fargate',
      'An AWS Glue Data Catalog crawler',
    ),
    explanation:
      'Fargate runs containers without servers to manage, with no fixed limit on how long a task runs and task sizes well above 30 GB of memory. A standard Lambda function stops after 15 minutes and tops out at 10,240 MB of memory, Athena runs SQL queries over data in S3 rather than arbitrary batch code, and a Glue crawler only discovers schemas for the Data Catalog.',
    topic: 'serverless', domain: 3, difficulty: 'hard', timeLimitSec: 45,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'serverless-10',
    type: 'single',
    prompt: 'Serverless computing began with "FaaS", pioneered on AWS by Lambda. What does FaaS stand for?',
    options: opts(
      1,
      'Framework as a Service',
      'Function as a Service',
      'Files as a Service',
      'Fleet as a Service',
    ),
    explanation:
      'FaaS is Function as a Service: you deploy individual functions and the provider runs them on demand in response to events, as AWS Lambda does. Framework, Files and Fleet as a Service are not established cloud service models; today "serverless" also covers managed databases, messaging and storage, not only functions.',
    topic: 'serverless', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.3',
    source: 'https://aws.amazon.com/serverless/',
  },

  // ---------------------------------------------------------------- practice: number
  {
    id: 'serverless-11',
    type: 'number',
    prompt: 'What is the longest that one invocation of an AWS Lambda function can run, in minutes?',
    options: [],
    number: { answers: [{ value: 15, tolerance: 0, credit: 1 }], unit: 'minutes' },
    explanation:
      'A Lambda function times out after the limit set in its configuration, which is 3 seconds by default and at most 900 seconds, that is 15 minutes. Work that runs longer belongs elsewhere: split it into steps with Step Functions, or run it in a container on ECS or Fargate, or on an EC2 instance, where no such limit applies.',
    topic: 'serverless',
    domain: 3,
    task: '3.3',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    difficulty: 'medium',
    timeLimitSec: 20,
  },
]
