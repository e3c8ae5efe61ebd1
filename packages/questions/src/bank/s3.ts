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
  // ---------------------------------------------------------------- s3-versioning
  {
    id: 's3-versioning-01',
    type: 'single',
    prompt: 'At which level is S3 Versioning turned on?',
    options: [
      { text: 'For a whole bucket', correct: true },
      { text: 'For each individual object', correct: false },
      { text: 'For each key prefix (folder)', correct: false },
      { text: 'For an entire AWS Region', correct: false },
    ],
    explanation:
      'Versioning is a bucket setting: once it is enabled, every object written to that bucket keeps its earlier versions. You cannot switch it on for a single object or for one prefix only, and there is no Region-wide versioning switch; each bucket is configured on its own.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-versioning-02',
    type: 'text',
    prompt: 'An object was uploaded before S3 Versioning was enabled on its bucket. What version ID does S3 report for that object?',
    options: [
      { text: 'null', correct: true },
      { text: '"null"', correct: true },
      { text: 'null version', correct: true },
      { text: 'the null version', correct: true },
    ],
    explanation:
      'Objects stored while a bucket was unversioned get the version ID null. Enabling versioning does not rewrite them: they keep the null version, and only later writes receive real version IDs, which are long opaque strings generated by S3.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-versioning-03',
    type: 'single',
    prompt: 'An administrator suspends versioning on a bucket that has had versioning enabled for a year. What happens?',
    options: [
      { text: 'Existing versions are kept, and new uploads get the version ID null', correct: true },
      { text: 'All noncurrent versions are deleted right away', correct: false },
      { text: 'The bucket becomes unversioned and older versions are merged', correct: false },
      { text: 'New uploads are rejected until versioning is enabled again', correct: false },
    ],
    explanation:
      'Suspending versioning stops new version IDs from being created: objects written afterwards get the version ID null (a later write replaces the null version), while every version stored earlier stays in the bucket and keeps costing storage. Nothing is deleted or merged, and writes continue normally.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-versioning-04',
    type: 'truefalse',
    prompt: 'After S3 Versioning has been enabled on a bucket, the bucket can be returned to the unversioned state.',
    options: T(false),
    explanation:
      'False. A bucket is in one of three states: unversioned, versioning-enabled or versioning-suspended. Once versioning has been enabled, the bucket can only be switched between enabled and suspended; it never becomes unversioned again.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 's3-versioning-05',
    type: 'single',
    prompt: 'In a versioning-enabled bucket, a user deletes an object without specifying a version ID. What does S3 do?',
    options: [
      { text: 'It adds a delete marker as the current version and keeps earlier versions', correct: true },
      { text: 'It permanently removes every version of the object', correct: false },
      { text: 'It permanently removes the current version and promotes the previous one', correct: false },
      { text: 'It rejects the request unless the user authenticates with MFA Delete', correct: false },
    ],
    explanation:
      'A simple DELETE in a versioned bucket only places a delete marker on top, so the object seems to vanish while all its versions remain; removing the marker (or copying an older version) restores it. Versions are permanently deleted only when a request names a specific version ID, which is what the "promotes the previous one" answer describes. MFA Delete, if configured, is needed for permanent version deletes, not for this kind of delete.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-versioning-06',
    type: 'single',
    prompt: 'In a versioning-enabled bucket, what does an object\'s version ID look like?',
    options: [
      { text: 'A unique opaque string generated by S3', correct: true },
      { text: 'An integer that goes 1, 2, 3 with each overwrite', correct: false },
      { text: 'The upload date and time of that version', correct: false },
      { text: 'A label the uploader chooses for each version', correct: false },
    ],
    explanation:
      'S3 generates each version ID itself as a long, unique, opaque string (for example 3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY); you cannot choose it or read an order from it. Some older course notes describe versions as 1, 2, 3, but that is only a simplification. The upload time is kept separately in the Last-Modified metadata, not in the ID.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 30,
  },
  {
    id: 's3-versioning-07',
    type: 'multiple',
    prompt: 'Which of the following are benefits of enabling S3 Versioning on a bucket? (Choose two.)',
    options: [
      { text: 'Recovering objects that were deleted by mistake', correct: true },
      { text: 'Rolling back to an earlier version after an unwanted overwrite', correct: true },
      { text: 'Lowering the storage cost of frequently changed objects', correct: false },
      { text: 'Encrypting every object with a new key for each version', correct: false },
      { text: 'Copying every object to another Region automatically', correct: false },
    ],
    explanation:
      'Because each overwrite and delete keeps the previous versions, versioning protects against accidental deletes and lets you restore an older version. It raises storage cost rather than lowering it, since every version is billed; encryption is a separate feature (SSE-S3 is applied by default anyway); and copying to another Region is the job of Cross-Region Replication, which requires versioning but is not part of it.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-versioning-08',
    type: 'single',
    prompt:
      'After versioning was enabled, the storage bill of a bucket keeps growing, because a nightly job overwrites the same objects. How can the company keep versioning but control the cost?',
    options: [
      { text: 'Add a lifecycle rule that expires noncurrent versions after some days', correct: true },
      { text: 'Suspend versioning, which deletes the stored older versions for free', correct: false },
      { text: 'Enable MFA Delete, so that older versions are no longer billed', correct: false },
      { text: 'Enable server access logging to remove duplicate versions', correct: false },
    ],
    explanation:
      'Every version is a full object that is billed for storage, so daily overwrites pile up noncurrent versions. An S3 Lifecycle rule with a noncurrent version expiration (optionally keeping the newest few) removes old versions automatically while versioning stays on. Suspending versioning keeps all existing versions, MFA Delete only adds protection against permanent deletes, and access logging records requests without removing anything.',
    topic: 's3-versioning',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },

  // ---------------------------------------------------------------- s3-access-logs
  {
    id: 's3-access-logs-01',
    type: 'single',
    prompt: 'For an audit, a company needs a record of every request made to an S3 bucket, including requests that were denied. Which S3 feature provides it?',
    options: [
      { text: 'S3 server access logging', correct: true },
      { text: 'S3 Versioning', correct: false },
      { text: 'S3 Replication', correct: false },
      { text: 'S3 Lifecycle rules', correct: false },
    ],
    explanation:
      'Server access logging writes a record for each request to the bucket, from any account, whether it was allowed or denied, into log files in a target bucket. Versioning keeps old object versions, replication copies objects to another bucket, and lifecycle rules move or expire objects; none of them records who made which request.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-access-logs-02',
    type: 'truefalse',
    prompt: 'S3 server access logs record only requests that were authorized and succeeded.',
    options: T(false),
    explanation:
      'False. Server access logs include failed and denied requests as well, with fields such as the requester, the operation, the HTTP status and an error code. Denied requests are often the most interesting ones in an audit, because they can reveal probing or misconfigured clients.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-access-logs-03',
    type: 'multiple',
    prompt: 'Which of the following are requirements for the target bucket that receives S3 server access logs? (Choose two.)',
    options: [
      { text: 'It must be in the same AWS Region as the source bucket', correct: true },
      { text: 'It must be owned by the same AWS account as the source bucket', correct: true },
      { text: 'It must have S3 Versioning enabled', correct: false },
      { text: 'It must be in a different AWS Region from the source bucket', correct: false },
      { text: 'It must allow public write access so the logs can be delivered', correct: false },
    ],
    explanation:
      'Log files are delivered only to a bucket that the same account owns in the same Region as the logged bucket. Versioning is not required on the target, a different Region is not allowed, and public write access must never be granted: the S3 logging service principal is given permission through the target bucket\'s policy instead.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-access-logs-04',
    type: 'single',
    prompt: 'Why is it recommended to send a bucket\'s server access logs to a different bucket rather than to the bucket being logged?',
    options: [
      { text: 'Each log delivery is itself logged, creating an endless loop of log files', correct: true },
      { text: 'S3 rejects a logging configuration that targets the source bucket', correct: false },
      { text: 'Log files stored in the source bucket are deleted after 24 hours', correct: false },
      { text: 'Logging into the source bucket turns off versioning on that bucket', correct: false },
    ],
    explanation:
      'If logs go to the bucket being logged, every log file written is a new request that produces more log records, so the logs grow without end and become hard to work with. S3 technically accepts this configuration, which is why the advice matters; logs are not deleted after 24 hours unless you add a lifecycle rule, and logging has no effect on versioning.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-access-logs-05',
    type: 'text',
    prompt: 'Which serverless, interactive AWS query service can run standard SQL directly on S3 server access log files, without loading them into a database?',
    options: [
      { text: 'Athena', correct: true },
      { text: 'Amazon Athena', correct: true },
      { text: 'AWS Athena', correct: true },
    ],
    explanation:
      'Amazon Athena queries files where they sit in S3 using SQL and charges per amount of data scanned, so you only define a table over the log prefix and start querying, for example to find all requests from one IP address. There are no servers to run and no data to load first.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-access-logs-06',
    type: 'multiple',
    prompt: 'Which of the following can S3 server access logs help a company do? (Choose two.)',
    options: [
      { text: 'Investigate suspicious access patterns after a security incident', correct: true },
      { text: 'Understand who requests which objects, for audits or usage analysis', correct: true },
      { text: 'Block malicious requests as soon as they arrive', correct: false },
      { text: 'Encrypt objects at rest with a customer managed key', correct: false },
      { text: 'Restore objects that were deleted by mistake', correct: false },
    ],
    explanation:
      'Access logs are a record of past requests, useful for security investigations, audits, root-cause analysis and understanding usage. They do not stop anything: blocking is done by policies or Block Public Access. Encryption is configured through SSE settings, and restoring deleted objects requires versioning or backups, not logs.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-access-logs-07',
    type: 'single',
    prompt: 'Which statement about S3 server access logging is accurate?',
    options: [
      { text: 'Log records are delivered on a best-effort basis, usually within a few hours', correct: true },
      { text: 'Enabling logging adds an hourly charge for every bucket that is logged', correct: false },
      { text: 'Every request is guaranteed to appear in the logs within one minute', correct: false },
      { text: 'Only requests from the bucket owner\'s own account are recorded', correct: false },
    ],
    explanation:
      'S3 delivers access log records on a best-effort basis: most arrive within a few hours, but completeness and timeliness are not guaranteed, so CloudTrail data events are the choice when every API call must be captured. Enabling server access logging costs nothing extra (you pay only to store the log files), there is no one-minute guarantee, and requests from any account are logged.',
    topic: 's3-access-logs',
    domain: 2,
    difficulty: 'hard',
    timeLimitSec: 30,
  },

  // ---------------------------------------------------------------- s3-replication
  {
    id: 's3-replication-01',
    type: 'single',
    prompt: 'Which feature must be enabled on both the source and the destination bucket before S3 Replication can be configured?',
    options: [
      { text: 'S3 Versioning', correct: true },
      { text: 'S3 server access logging', correct: false },
      { text: 'Static website hosting', correct: false },
      { text: 'S3 Transfer Acceleration', correct: false },
    ],
    explanation:
      'Replication works on object versions, so S3 requires versioning on the source bucket and on every destination bucket. Server access logging, website hosting and Transfer Acceleration are independent features that replication does not need.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-replication-02',
    type: 'single',
    prompt:
      'A company stores data in a bucket in us-east-1 and must keep a copy in eu-west-1 for compliance, also giving European users lower-latency access. What should it configure?',
    options: [
      { text: 'S3 Cross-Region Replication (CRR)', correct: true },
      { text: 'S3 Same-Region Replication (SRR)', correct: false },
      { text: 'S3 Versioning on the us-east-1 bucket only', correct: false },
      { text: 'Multipart upload for all new objects', correct: false },
    ],
    explanation:
      'Cross-Region Replication copies new objects automatically and asynchronously to a bucket in another Region, which serves both compliance copies and users near that Region. SRR keeps the copy in the same Region, versioning alone keeps old versions without copying anything, and multipart upload only changes how large objects are uploaded.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-replication-03',
    type: 'single',
    prompt:
      'Several application buckets in eu-central-1 write log files, and a company wants all of them copied automatically into one central bucket in eu-central-1. Which feature fits best?',
    options: [
      { text: 'S3 Same-Region Replication (SRR)', correct: true },
      { text: 'S3 Cross-Region Replication (CRR)', correct: false },
      { text: 'S3 Intelligent-Tiering', correct: false },
      { text: 'S3 Lifecycle transition rules', correct: false },
    ],
    explanation:
      'Same-Region Replication copies new objects between buckets in the same Region, which makes it the tool for log aggregation (and for syncing production data into a test account). CRR is for copies in a different Region, Intelligent-Tiering moves data between access tiers inside a bucket, and lifecycle rules change storage class or expire objects but never copy them to another bucket.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-replication-04',
    type: 'truefalse',
    prompt: 'When a replication rule is added to a bucket, the objects already stored in that bucket are copied to the destination automatically.',
    options: T(false),
    explanation:
      'False. A replication rule applies to objects written after it is created. Objects that existed before (or that failed to replicate) are copied with S3 Batch Replication, a separate one-off job.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 20,
  },
  {
    id: 's3-replication-05',
    type: 'multiple',
    prompt: 'Which statements about S3 Replication are true? (Choose two.)',
    options: [
      { text: 'Objects are copied to the destination asynchronously', correct: true },
      { text: 'The source and destination buckets can belong to different AWS accounts', correct: true },
      { text: 'The source and destination buckets must be in different Regions', correct: false },
      { text: 'Versioning is needed on the source bucket only', correct: false },
      { text: 'An upload succeeds only after the copy reaches the destination', correct: false },
    ],
    explanation:
      'Replication runs in the background after the write has succeeded, and the destination may be owned by another account, for example a separate backup account. Same-Region Replication shows that different Regions are not required, versioning must be on in both buckets, and uploads do not wait for the copy.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 45,
  },
  {
    id: 's3-replication-06',
    type: 'single',
    prompt:
      'Replication is set up from bucket A to bucket B with default settings. Someone deletes a specific object version in bucket A by naming its version ID. What happens in bucket B?',
    options: [
      { text: 'Nothing: the deletion of a specific version is not replicated', correct: true },
      { text: 'The same version is deleted in bucket B a few minutes later', correct: false },
      { text: 'Every version of that object is deleted in bucket B', correct: false },
      { text: 'The replication rule is suspended until an administrator reviews it', correct: false },
    ],
    explanation:
      'S3 never replicates deletes that name a version ID, so a mistaken or malicious permanent delete in the source cannot wipe out the replica. Only delete markers (from deletes without a version ID) can be replicated, and only if delete marker replication is turned on. The rule is not suspended and nothing in bucket B is removed.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-replication-07',
    type: 'single',
    prompt: 'What does Amazon S3 need in order to replicate objects from a source bucket to a destination bucket on your behalf?',
    options: [
      { text: 'An IAM role that lets S3 read the source and write to the destination', correct: true },
      { text: 'The root user\'s access keys stored in the replication rule', correct: false },
      { text: 'A security group that allows traffic between the two buckets', correct: false },
      { text: 'A VPC peering connection between the two buckets\' Regions', correct: false },
    ],
    explanation:
      'In the replication configuration you name an IAM role that S3 assumes; its policies allow reading objects from the source and replicating them into the destination (plus a bucket policy on the destination if it is in another account). Root access keys should never be used this way, and security groups and VPC peering concern VPC network traffic, which S3 replication does not use.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-replication-08',
    type: 'multiple',
    prompt: 'Which of the following are typical use cases for S3 Replication? (Choose three.)',
    options: [
      { text: 'Keeping a copy of data in another Region to meet compliance rules', correct: true },
      { text: 'Giving users in another Region lower-latency access to the data', correct: true },
      { text: 'Keeping a test account\'s bucket in sync with production data', correct: true },
      { text: 'Lowering storage cost by removing the copy in the source bucket', correct: false },
      { text: 'Speeding up uploads from distant clients into the source bucket', correct: false },
      { text: 'Making the objects in the source bucket publicly readable', correct: false },
    ],
    explanation:
      'CRR serves compliance copies and low-latency access in another Region, and SRR serves log aggregation and live syncing between production and test accounts. Replication adds a second copy, so it raises storage cost rather than lowering it; faster long-distance uploads come from S3 Transfer Acceleration; and public access is governed by bucket policies and Block Public Access.',
    topic: 's3-replication',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },

  // ---------------------------------------------------------------- s3-storage-classes
  {
    id: 's3-storage-classes-01',
    type: 'single',
    prompt: 'A mobile game stores images that are read many times a day and must load with low latency. Which S3 storage class fits best?',
    options: [
      { text: 'S3 Standard', correct: true },
      { text: 'S3 Standard-Infrequent Access', correct: false },
      { text: 'S3 Glacier Flexible Retrieval', correct: false },
      { text: 'S3 Glacier Deep Archive', correct: false },
    ],
    explanation:
      'S3 Standard is the general-purpose default for frequently accessed data: low latency, high throughput, no retrieval fee and no minimum storage duration. Standard-IA adds a per-GB retrieval charge that makes frequent reads expensive, and the two Glacier archive classes need a restore that takes minutes to hours before data can be read.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-storage-classes-02',
    type: 'single',
    prompt:
      'A company keeps secondary backup copies of on-premises data in S3. The data is rarely read, can be recreated if lost, and must be readable in milliseconds when needed. Which class costs least?',
    options: [
      { text: 'S3 One Zone-Infrequent Access', correct: true },
      { text: 'S3 Standard-Infrequent Access', correct: false },
      { text: 'S3 Glacier Deep Archive', correct: false },
      { text: 'S3 Standard', correct: false },
    ],
    explanation:
      'One Zone-IA stores data in a single Availability Zone at a lower price than Standard-IA, with millisecond access, which suits infrequently read data that can be recreated. Standard-IA keeps data in several AZs and costs more, S3 Standard is priced for frequent access, and Deep Archive is cheaper to store but takes hours to restore, failing the millisecond requirement.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-03',
    type: 'single',
    prompt:
      'Financial records must be kept for 10 years, are almost never read, and a retrieval that takes up to 48 hours is acceptable. Which storage class has the lowest storage cost?',
    options: [
      { text: 'S3 Glacier Deep Archive', correct: true },
      { text: 'S3 Glacier Flexible Retrieval', correct: false },
      { text: 'S3 Glacier Instant Retrieval', correct: false },
      { text: 'S3 Standard-Infrequent Access', correct: false },
    ],
    explanation:
      'Glacier Deep Archive is the cheapest S3 class, built for data kept for years and read perhaps once or twice a year; standard retrievals finish within 12 hours and bulk retrievals within 48 hours. Glacier Flexible Retrieval restores faster (minutes to hours) but costs more to store, while Glacier Instant Retrieval and Standard-IA give millisecond access at an even higher storage price.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-04',
    type: 'single',
    prompt:
      'Medical images are viewed about once a quarter, must be returned in milliseconds when requested, and must survive the loss of an Availability Zone. Which class gives the lowest storage cost?',
    options: [
      { text: 'S3 Glacier Instant Retrieval', correct: true },
      { text: 'S3 Glacier Flexible Retrieval', correct: false },
      { text: 'S3 Glacier Deep Archive', correct: false },
      { text: 'S3 Standard', correct: false },
    ],
    explanation:
      'Glacier Instant Retrieval is designed for long-lived data read about once a quarter: it keeps data in multiple AZs and returns it in milliseconds, at a lower storage price than the Standard classes (with higher per-GB retrieval fees). Glacier Flexible Retrieval and Deep Archive require a restore that takes minutes to hours, and S3 Standard meets the access needs but costs more to store.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-05',
    type: 'text',
    prompt:
      'Which S3 storage class monitors access patterns and automatically moves each object between access tiers, with no retrieval fees, for data whose access pattern is unknown or changes?',
    options: [
      { text: 'S3 Intelligent-Tiering', correct: true },
      { text: 'Intelligent-Tiering', correct: true },
      { text: 'Amazon S3 Intelligent-Tiering', correct: true },
      { text: 'Intelligent Tiering', correct: true },
      { text: 'S3 Intelligent Tiering', correct: true },
      { text: 'INTELLIGENT_TIERING', correct: true },
    ],
    explanation:
      'S3 Intelligent-Tiering charges a small monthly monitoring and automation fee per object and moves objects to cheaper tiers when they are not accessed (for example after 30 and 90 days), and back to the frequent tier when they are read again. There are no retrieval fees, which makes it a safe default for unpredictable access.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-06',
    type: 'multiple',
    prompt: 'Which statements about retrieving data from S3 Glacier Flexible Retrieval are correct? (Choose two.)',
    options: [
      { text: 'Expedited retrievals usually return data in 1-5 minutes', correct: true },
      { text: 'Bulk retrievals usually complete within 5-12 hours', correct: true },
      { text: 'Standard retrievals usually take up to 48 hours', correct: false },
      { text: 'Expedited retrievals return data within milliseconds', correct: false },
      { text: 'Bulk retrievals usually complete in under one minute', correct: false },
    ],
    explanation:
      'Glacier Flexible Retrieval offers three restore speeds: Expedited (typically 1-5 minutes), Standard (typically 3-5 hours) and Bulk (typically 5-12 hours, the lowest-cost option). Up to 48 hours is the bulk time of Glacier Deep Archive, millisecond reads belong to Glacier Instant Retrieval, and bulk is the slowest option, never the fastest.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
  {
    id: 's3-storage-classes-07',
    type: 'truefalse',
    prompt: 'Data in S3 One Zone-Infrequent Access is stored in a single Availability Zone, so it can be lost if that Availability Zone is destroyed.',
    options: T(true),
    explanation:
      'True. One Zone-IA keeps its redundant copies inside one Availability Zone, so it is cheaper than Standard-IA but offers no protection against the loss of that AZ. The multi-AZ classes, such as S3 Standard and Standard-IA, spread data across at least three AZs.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-storage-classes-08',
    type: 'single',
    prompt: 'What durability is S3 Standard designed to provide for objects over a given year?',
    options: [
      { text: '99.999999999% (11 nines)', correct: true },
      { text: '99.99% (4 nines)', correct: false },
      { text: '99.9% (3 nines)', correct: false },
      { text: '99.5%', correct: false },
    ],
    explanation:
      'S3 is designed for 99.999999999% durability, meaning an object is very unlikely ever to be lost; the same design target applies across the storage classes (for the One Zone classes, within their single AZ). 99.99% is the designed availability of S3 Standard, while 99.9% and 99.5% are the availability figures of Standard-IA and One Zone-IA; availability and durability measure different things.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'easy',
    timeLimitSec: 20,
  },
  {
    id: 's3-storage-classes-09',
    type: 'single',
    prompt: 'Which of these S3 storage classes is designed for the lowest availability?',
    options: [
      { text: 'S3 One Zone-Infrequent Access', correct: true },
      { text: 'S3 Standard', correct: false },
      { text: 'S3 Standard-Infrequent Access', correct: false },
      { text: 'S3 Glacier Instant Retrieval', correct: false },
    ],
    explanation:
      'One Zone-IA is designed for 99.5% availability because all its data sits in one Availability Zone. S3 Standard is designed for 99.99%, and Standard-IA and Glacier Instant Retrieval for 99.9%, since they keep data across several AZs.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-10',
    type: 'multiple',
    prompt: 'Which S3 storage classes store data across multiple Availability Zones? (Choose three.)',
    options: [
      { text: 'S3 Standard', correct: true },
      { text: 'S3 Standard-Infrequent Access', correct: true },
      { text: 'S3 Glacier Deep Archive', correct: true },
      { text: 'S3 One Zone-Infrequent Access', correct: false },
      { text: 'S3 Express One Zone', correct: false },
    ],
    explanation:
      'S3 Standard, Standard-IA, Intelligent-Tiering and the three Glacier classes, including Deep Archive, keep data in at least three Availability Zones. One Zone-IA and S3 Express One Zone (the high-performance class for latency-sensitive workloads) store data in a single AZ, as their names say.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'medium',
    timeLimitSec: 30,
  },
  {
    id: 's3-storage-classes-11',
    type: 'single',
    prompt:
      'A team puts temporary files that are kept for 7 days and then deleted into S3 Standard-IA to save money. Why might this cost more than S3 Standard?',
    options: [
      { text: 'Standard-IA bills a 30-day minimum and charges per GB retrieved', correct: true },
      { text: 'Standard-IA charges for every gigabyte transferred into S3', correct: false },
      { text: 'Standard-IA stores three full copies and bills for each one', correct: false },
      { text: 'Standard-IA objects cannot be deleted within their first 90 days', correct: false },
    ],
    explanation:
      'Standard-IA has a minimum storage duration of 30 days (an object deleted after 7 days is still billed for 30), a minimum billable size of 128 KB and a per-GB retrieval fee, so short-lived or often-read data is cheaper in S3 Standard. Transfers into S3 are free in every class, the redundant copies are included in the price rather than billed separately, and objects can be deleted at any time, only with the minimum-duration charge.',
    topic: 's3-storage-classes',
    domain: 3,
    difficulty: 'hard',
    timeLimitSec: 45,
  },
]
