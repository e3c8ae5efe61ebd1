import type { QuestionInput } from '../model.ts'

const T = (correct: boolean) => [
  { text: 'True', correct },
  { text: 'False', correct: !correct },
]

export const questions: QuestionInput[] = [
  // ---------------------------------------------------------------- s3-buckets-objects
  {
    id: 's3-buckets-objects-01',
    type: 'single',
    prompt: 'An object is stored at s3://acme-data/reports/2024/q1.csv. What is its object key?',
    options: [
      { text: 'reports/2024/q1.csv', correct: true },
      { text: 'q1.csv', correct: false },
      { text: 'acme-data/reports/2024/q1.csv', correct: false },
      { text: 'reports/2024/', correct: false },
    ],
    explanation:
      'The key is the full name of the object inside its bucket: the prefix plus the object name, here reports/2024/q1.csv. "q1.csv" is only the last part of the key, "reports/2024/" is just the prefix, and "acme-data" is the bucket name, which is not part of the key.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-buckets-objects-02',
    type: 'multiple',
    prompt: 'Which of these are valid names for a new S3 general purpose bucket? (Choose two.)',
    options: [
      { text: 'my-app-logs-2025', correct: true },
      { text: 'media.example.com', correct: true },
      { text: 'My_Company_Bucket', correct: false },
      { text: '192.168.10.20', correct: false },
      { text: 'ab', correct: false },
    ],
    explanation:
      'Bucket names are 3 to 63 characters of lowercase letters, digits, hyphens and periods, and must begin and end with a letter or digit, so my-app-logs-2025 and media.example.com are allowed. My_Company_Bucket breaks the rules twice (uppercase letters and underscores), 192.168.10.20 is formatted like an IP address, which is forbidden, and ab is shorter than the three-character minimum.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 's3-buckets-objects-03',
    type: 'text',
    prompt: 'A single PUT request can upload at most 5 GB to Amazon S3. Which S3 upload feature must you use to upload a 40 GB video file as one object?',
    options: [
      { text: 'multipart upload', correct: true },
      { text: 'multi-part upload', correct: true },
      { text: 'multipart', correct: true },
      { text: 'S3 multipart upload', correct: true },
      { text: 'multipart uploads', correct: true },
    ],
    explanation:
      'Multipart upload splits an object into parts that are uploaded independently (and in parallel) and then assembled by S3 into one object. It is mandatory above the 5 GB single-PUT limit and recommended from about 100 MB, because a failed part can be retried on its own instead of restarting the whole transfer.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-buckets-objects-04',
    type: 'single',
    prompt: 'Which statement about Amazon S3 buckets is correct?',
    options: [
      { text: 'A bucket is created in one AWS Region, and its name must be unique across all AWS accounts', correct: true },
      { text: 'A bucket spans every AWS Region, and its name only has to be unique within your account', correct: false },
      { text: 'A bucket is created in one Availability Zone, and its name only has to be unique in that Region', correct: false },
      { text: 'A bucket is global, and the same name can be reused by another account in a different Region', correct: false },
    ],
    explanation:
      'The S3 console shows all buckets in one list, but each bucket lives in the Region chosen at creation, and its name is taken from a namespace shared by all AWS accounts (within a partition such as the standard aws Regions). Buckets are not tied to a single Availability Zone (S3 Standard spreads data over several AZs), they do not span all Regions, and no other account can reuse a name that is in use anywhere.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-buckets-objects-05',
    type: 'truefalse',
    prompt: 'A "folder" shown in the Amazon S3 console is really a shared key prefix, because a bucket stores objects in a flat structure.',
    options: T(true),
    explanation:
      'True. S3 has no real directory tree: every object is addressed by its full key, and a key such as photos/2024/cat.jpg merely contains slashes. The console groups keys that share a prefix such as photos/ and draws them as folders for convenience, but no directory object is required for that.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-buckets-objects-06',
    type: 'single',
    prompt: 'An application overwrites an existing S3 object with new content and, as soon as the PUT succeeds, reads the same key. What does the read return?',
    options: [
      { text: 'The new content, because S3 gives strong read-after-write consistency', correct: true },
      { text: 'Possibly the old content for a while, because overwrites are eventually consistent', correct: false },
      { text: 'An error until the new content has been copied to every Availability Zone', correct: false },
      { text: 'The old content until the console cache expires about 24 hours later', correct: false },
    ],
    explanation:
      'Since December 2020 S3 is strongly consistent for PUTs of new objects, overwrites and deletes, and for list operations: a read after a successful write returns the latest data, at no extra cost. The "eventually consistent overwrites" answer describes the old behaviour that many study notes still mention; S3 does not return errors while copying data between AZs, and there is no 24-hour cache.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-buckets-objects-07',
    type: 'single',
    prompt:
      'A team must attach a "project" label to existing S3 objects, change it often without copying the objects, and use it both in lifecycle rule filters and in IAM policy conditions. What should they use?',
    options: [
      { text: 'Object tags', correct: true },
      { text: 'User-defined object metadata', correct: false },
      { text: 'A tag on the bucket', correct: false },
      { text: 'A new key prefix for each project', correct: false },
    ],
    explanation:
      'Object tags are key-value pairs (up to 10 per object) that can be added or changed at any time, and both lifecycle rules and IAM/bucket policy conditions can match on them. User-defined metadata is fixed at upload (changing it means copying the object) and cannot be used as a lifecycle filter. A bucket tag labels the whole bucket, not individual objects, and moving objects to a new prefix means copying every object under a new key.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-buckets-objects-08',
    type: 'multiple',
    prompt: 'Which of the following are parts of an Amazon S3 object? (Choose three.)',
    options: [
      { text: 'A key that names the object within its bucket', correct: true },
      { text: 'The data itself, also called the value', correct: true },
      { text: 'Metadata stored as name-value pairs', correct: true },
      { text: 'A block size chosen when the bucket was created', correct: false },
      { text: 'The ID of an EBS volume that holds the data', correct: false },
      { text: 'An Availability Zone chosen by the uploader', correct: false },
    ],
    explanation:
      'An S3 object is made of its key, its value (the bytes) and metadata (system metadata such as Content-Type plus optional user-defined pairs); it can also carry tags and, in a versioned bucket, a version ID. S3 is object storage, so there is no block size to configure and no EBS volume behind an object, and the uploader does not pick an Availability Zone: S3 decides where copies are stored.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-buckets-objects-09',
    type: 'single',
    prompt: 'What is the maximum number of tags that can be attached to a single S3 object?',
    options: [
      { text: '10', correct: true },
      { text: '5', correct: false },
      { text: '50', correct: false },
      { text: '100', correct: false },
    ],
    explanation:
      'Each S3 object can have up to 10 tags, each a key-value pair with Unicode keys and values. 50 is the limit for tags on a bucket (and on most other AWS resources), which makes it a tempting but wrong answer here; 5 and 100 are not S3 object tag limits.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 's3-buckets-objects-10',
    type: 'multiple',
    prompt: 'Which of these workloads are a good fit for Amazon S3? (Choose two.)',
    options: [
      { text: 'Hosting the files of a static website', correct: true },
      { text: 'Keeping backups and long-term archives', correct: true },
      { text: 'Serving as the boot volume of an EC2 instance', correct: false },
      { text: 'Running a transactional relational database', correct: false },
      { text: 'Holding user sessions in a sub-millisecond in-memory cache', correct: false },
    ],
    explanation:
      'S3 is durable, virtually unlimited object storage, which suits static website files, backups, archives, data lakes and media. An EC2 boot volume needs block storage (EBS or instance store), a transactional relational database belongs on a database service such as RDS or Aurora, and an in-memory session cache is a job for ElastiCache.',
    topic: 's3-buckets-objects',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },

  // ---------------------------------------------------------------- s3-security
  {
    id: 's3-security-01',
    type: 'single',
    prompt: 'Which of these is a resource-based policy that is attached directly to an Amazon S3 bucket?',
    options: [
      { text: 'A bucket policy', correct: true },
      { text: 'An IAM policy attached to a group', correct: false },
      { text: 'A security group', correct: false },
      { text: 'A service control policy', correct: false },
    ],
    explanation:
      'A bucket policy is a JSON policy stored on the bucket itself, naming the principals that may (or may not) perform actions on the bucket and its objects. An IAM policy on a group is identity-based: it is attached to users, not to the bucket. Security groups filter network traffic to resources such as EC2 instances, and service control policies set permission limits for accounts in AWS Organizations.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-security-02',
    type: 'single',
    prompt:
      'An IAM user has an identity policy that allows s3:* on a bucket. The bucket policy contains a statement that explicitly denies s3:DeleteObject to that user. What happens when the user tries to delete an object?',
    options: [
      { text: 'The request is denied, because an explicit deny overrides any allow', correct: true },
      { text: 'The request is allowed, because the identity policy is checked first', correct: false },
      { text: 'The request is allowed, because s3:* is broader than s3:DeleteObject', correct: false },
      { text: 'The request is denied only if the object ACL also denies it', correct: false },
    ],
    explanation:
      'AWS evaluates all applicable policies together, and an explicit Deny in any of them wins over every Allow, so the delete fails. There is no order in which the identity policy "goes first", and a broad wildcard allow does not beat a narrower deny. Object ACLs can only grant access, never deny it, so they play no part here.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-security-03',
    type: 'single',
    prompt: 'A company wants to let a partner\'s AWS account read objects in one of its S3 buckets. What is the recommended way to grant that access?',
    options: [
      { text: 'Add a bucket policy that names the partner account as a principal', correct: true },
      { text: 'Create IAM users in the company account and send the partner their passwords', correct: false },
      { text: 'Attach an IAM policy to the company\'s own IAM users allowing s3:GetObject', correct: false },
      { text: 'Turn on S3 Versioning so that other accounts can read older versions', correct: false },
    ],
    explanation:
      'Bucket policies are resource-based, so they can grant access to principals in other AWS accounts; the partner\'s administrator then delegates that access to their own users or roles with IAM policies. Sharing IAM user passwords breaks the practice of one identity per person, and an IAM policy on the company\'s own users does nothing for another account. Versioning keeps old object versions and has nothing to do with access.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-security-04',
    type: 'truefalse',
    prompt: 'A newly created S3 bucket has Block Public Access turned on and ACLs disabled (Object Ownership set to "bucket owner enforced") by default.',
    options: T(true),
    explanation:
      'True. Since April 2023 every new bucket starts with all four Block Public Access settings on and with ACLs disabled, so access is controlled by policies alone. An owner who really needs a public bucket or ACLs has to change these settings deliberately, which guards against accidental public exposure.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 's3-security-05',
    type: 'single',
    prompt: 'A developer uploads an object to S3 without specifying any encryption settings, and the bucket has no custom encryption configuration. How is the object stored?',
    options: [
      { text: 'Encrypted at rest with SSE-S3 (keys managed by Amazon S3)', correct: true },
      { text: 'Unencrypted, because default encryption must be enabled first', correct: false },
      { text: 'Encrypted with SSE-KMS using a customer managed KMS key', correct: false },
      { text: 'Encrypted on the developer\'s machine by client-side encryption', correct: false },
    ],
    explanation:
      'Since January 2023 S3 applies server-side encryption with S3-managed keys (SSE-S3) to every new object as the base level of protection, at no extra cost. Older material says objects were unencrypted unless you turned on default encryption, which is no longer true. SSE-KMS with a customer managed key is used only when you configure it, and client-side encryption happens only if the application encrypts data itself before uploading.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-security-06',
    type: 'multiple',
    prompt: 'Which of the following can an S3 bucket policy be used for? (Choose three.)',
    options: [
      { text: 'Granting anonymous read access to the objects of a public website', correct: true },
      { text: 'Granting another AWS account access to the bucket', correct: true },
      { text: 'Denying uploads that do not use a required encryption method', correct: true },
      { text: 'Moving objects to S3 Glacier Deep Archive after 180 days', correct: false },
      { text: 'Copying new objects automatically to a bucket in another Region', correct: false },
      { text: 'Encrypting objects that were already stored in the bucket', correct: false },
    ],
    explanation:
      'Bucket policies decide who may do what: they can allow public reads, allow principals from other accounts, and deny requests that fail a condition, such as a PutObject without the required SSE-KMS header (or a request not sent over HTTPS). Moving objects between storage classes is done by S3 Lifecycle rules, copying to another Region is S3 Replication, and a policy never changes objects already stored, so it cannot encrypt them.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-security-07',
    type: 'single',
    prompt:
      'A company must encrypt S3 objects with keys whose use is logged in AWS CloudTrail and whose permissions it can manage separately from S3 permissions. Which option meets this requirement?',
    options: [
      { text: 'SSE-KMS (server-side encryption with AWS KMS keys)', correct: true },
      { text: 'SSE-S3 (server-side encryption with S3 managed keys)', correct: false },
      { text: 'SSE-C (server-side encryption with customer-provided keys)', correct: false },
      { text: 'S3 Block Public Access at the account level', correct: false },
    ],
    explanation:
      'With SSE-KMS the keys live in AWS KMS, where key policies control who may use them and every use of a key is recorded in CloudTrail. SSE-S3 is fully managed by S3, so you get no separate key permissions or per-key audit trail. With SSE-C the customer sends the key with every request and manages it entirely outside AWS, and Block Public Access controls public exposure rather than encryption.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-security-08',
    type: 'single',
    prompt:
      'An IAM user has no IAM policy that mentions S3. A bucket in the same account has a bucket policy that allows this user s3:GetObject, and no policy denies it. Can the user read objects in the bucket?',
    options: [
      { text: 'Yes, because in one account the bucket policy\'s allow is enough', correct: true },
      { text: 'No, because the user\'s IAM policy must allow it as well', correct: false },
      { text: 'No, because bucket policies can only grant access to anonymous users', correct: false },
      { text: 'Yes, but only if the object ACL also grants the user READ', correct: false },
    ],
    explanation:
      'Inside a single account, a request is allowed when the identity policy OR the resource policy allows it and nothing explicitly denies it, so the bucket policy alone is sufficient. Both sides must allow only when the caller is in a different account. Bucket policies can name any principal, not just anonymous users, and with ACLs disabled by default, access does not depend on object ACLs.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-security-09',
    type: 'multiple',
    prompt: 'Which of the following can control who is allowed to read objects in an Amazon S3 bucket? (Choose two.)',
    options: [
      { text: 'IAM identity-based policies attached to users, groups or roles', correct: true },
      { text: 'A bucket policy attached to the bucket', correct: true },
      { text: 'A security group attached to the bucket', correct: false },
      { text: 'A network ACL on the subnet that contains the bucket', correct: false },
      { text: 'An EC2 key pair associated with the bucket', correct: false },
    ],
    explanation:
      'S3 access is user-based (IAM policies on identities) or resource-based (bucket policies, and ACLs if they are enabled). Buckets are not placed in a VPC subnet, so security groups and network ACLs cannot be attached to them, and EC2 key pairs are used to log in to instances, not to authorize S3 requests.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-security-10',
    type: 'single',
    prompt:
      'A security team wants to make sure no bucket in the AWS account can be made public, even if someone later adds a bucket policy that grants public access. Which feature should it use?',
    options: [
      { text: 'S3 Block Public Access, turned on at the account level', correct: true },
      { text: 'S3 Versioning, enabled on every bucket', correct: false },
      { text: 'S3 server access logging, sent to a central bucket', correct: false },
      { text: 'Default encryption with SSE-KMS on every bucket', correct: false },
    ],
    explanation:
      'Block Public Access overrides policies and ACLs that would grant public access, and when it is set at the account level it covers every existing and future bucket in the account. Versioning protects against deletes and overwrites, access logging only records requests after the fact, and encryption protects data at rest but does not stop a public policy from allowing anonymous reads of objects encrypted with SSE-S3.',
    topic: 's3-security',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },

  // ---------------------------------------------------------------- s3-websites
  {
    id: 's3-websites-01',
    type: 'single',
    prompt: 'Which website can be hosted with Amazon S3 static website hosting alone?',
    options: [
      { text: 'A site of HTML, CSS, client-side JavaScript and images', correct: true },
      { text: 'A WordPress blog that runs PHP code for each request', correct: false },
      { text: 'An ASP.NET application that renders pages on the server', correct: false },
      { text: 'A shop whose pages query a MySQL database on the server', correct: false },
    ],
    explanation:
      'S3 website hosting only returns stored files, so a site made of HTML, CSS, images and JavaScript that runs in the browser works well. Anything that needs code to run on a server for each request, such as PHP for WordPress, ASP.NET page rendering or server-side database queries, needs compute such as EC2, containers or Lambda.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-websites-02',
    type: 'single',
    prompt: 'A bucket named my-site in the eu-west-1 Region has static website hosting enabled. Which URL has the form of its S3 website endpoint?',
    options: [
      { text: 'http://my-site.s3-website-eu-west-1.amazonaws.com', correct: true },
      { text: 'https://my-site.s3.eu-west-1.amazonaws.com', correct: false },
      { text: 'http://eu-west-1.s3-website.amazonaws.com/my-site', correct: false },
      { text: 'https://s3-website.amazonaws.com/eu-west-1/my-site', correct: false },
    ],
    explanation:
      'Website endpoints start with the bucket name followed by s3-website and the Region, either joined with a dash (bucket.s3-website-region.amazonaws.com, used by eu-west-1) or a dot (bucket.s3-website.region.amazonaws.com, used by some other Regions). https://my-site.s3.eu-west-1.amazonaws.com is the REST API endpoint, not the website endpoint, and the other two forms put the bucket in the path, which website endpoints never do.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-websites-03',
    type: 'text',
    prompt:
      'Static website hosting is enabled on a bucket, but its bucket policy does not allow public reads. Which HTTP status code (a number) do visitors of the website endpoint get?',
    options: [
      { text: '403', correct: true },
      { text: '403 Forbidden', correct: true },
      { text: 'HTTP 403', correct: true },
      { text: 'Forbidden', correct: true },
    ],
    explanation:
      'Without a policy that lets everyone read the objects (and with Block Public Access still on), anonymous requests are refused with 403 Forbidden. The fix is to allow public access for this bucket and add a bucket policy granting s3:GetObject to everyone; a 404 would instead mean the requested object or index document does not exist.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-websites-04',
    type: 'multiple',
    prompt: 'A new bucket with static website hosting enabled returns 403 Forbidden to every visitor. Which two changes make the site publicly readable? (Choose two.)',
    options: [
      { text: 'Turn off the Block Public Access settings for the bucket', correct: true },
      { text: 'Add a bucket policy that allows s3:GetObject for everyone', correct: true },
      { text: 'Enable S3 Versioning on the bucket', correct: false },
      { text: 'Enable server access logging on the bucket', correct: false },
      { text: 'Change the objects to the S3 Standard-IA storage class', correct: false },
    ],
    explanation:
      'New buckets block public access by default, so you must first turn off Block Public Access for the bucket and then add a bucket policy granting s3:GetObject on its objects to the principal "*". Versioning and access logging do not change who can read objects, and the storage class affects price and availability, not permissions.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 's3-websites-05',
    type: 'single',
    prompt: 'A static website is hosted on S3, and the company now wants visitors to reach it over HTTPS. Which AWS service should it put in front of the bucket?',
    options: [
      { text: 'Amazon CloudFront', correct: true },
      { text: 'Amazon Route 53 on its own', correct: false },
      { text: 'AWS Direct Connect', correct: false },
      { text: 'A NAT gateway', correct: false },
    ],
    explanation:
      'S3 website endpoints only speak HTTP, so HTTPS is added with a CloudFront distribution that serves the bucket and terminates TLS with a certificate (AWS Amplify Hosting, which uses CloudFront, is another route). Route 53 only resolves DNS names and cannot add TLS by itself, Direct Connect is a private link from a data center to AWS, and a NAT gateway gives private subnets outbound internet access.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-websites-06',
    type: 'truefalse',
    prompt: 'An Amazon S3 website endpoint accepts HTTPS connections directly, without any other service in front of it.',
    options: T(false),
    explanation:
      'False. The website endpoints (bucket.s3-website-region or bucket.s3-website.region) support HTTP only. To offer HTTPS you place Amazon CloudFront (or AWS Amplify Hosting) in front of the bucket, which also adds caching at edge locations.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 's3-websites-07',
    type: 'single',
    prompt:
      'A company wants www.example.com to point straight at an S3 website endpoint using a Route 53 alias record, with no CloudFront distribution. What must the bucket be named?',
    options: [
      { text: 'www.example.com', correct: true },
      { text: 'Any globally unique name, since the alias record maps it', correct: false },
      { text: 'example-com-website', correct: false },
      { text: 's3-website-www-example-com', correct: false },
    ],
    explanation:
      'When requests reach the website endpoint through a custom domain, S3 uses the host name to find the bucket, so the bucket must be named exactly like the domain, here www.example.com. An arbitrary name does not work because the alias record only resolves DNS and does not rewrite the host name, and example-com-website or s3-website-www-example-com do not match the host name visitors request.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-websites-08',
    type: 'single',
    prompt: 'Which static website hosting setting tells S3 which object to return when a visitor requests the root of the site or a folder path?',
    options: [
      { text: 'The index document, such as index.html', correct: true },
      { text: 'The error document, such as error.html', correct: false },
      { text: 'A redirect rule for every folder', correct: false },
      { text: 'The bucket\'s default storage class', correct: false },
    ],
    explanation:
      'The index document (commonly index.html) is required when you enable website hosting and is served for requests to the root or to a path ending in a slash. The optional error document is returned for errors such as 404, redirect rules send requests to other hosts or keys, and the storage class has nothing to do with which page is served.',
    topic: 's3-websites',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
]
