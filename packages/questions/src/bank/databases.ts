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
  // ---------------------------------------------------------------- databases-basics
  {
    id: 'databases-basics-01',
    type: 'single',
    prompt: 'How does a relational database organize its data?',
    options: opts(
      1,
      'As free-form JSON documents with no fixed structure',
      'In tables of rows and columns, linked to each other and queried with SQL',
      'As nodes and edges that represent relationships between entities',
      'As objects in buckets addressed by a unique key',
    ),
    explanation:
      'A relational database stores data in tables (rows and columns, a bit like linked spreadsheets) and is queried with SQL, which can join related tables. Free-form JSON documents describe a document (NoSQL) database, nodes and edges describe a graph database, and objects in buckets describe object storage such as Amazon S3.',
    topic: 'databases-basics', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://aws.amazon.com/relational-database/',
  },
  {
    id: 'databases-basics-02',
    type: 'text',
    prompt: 'JSON is a common format for data in NoSQL databases. What does the acronym JSON stand for?',
    options: typed('JavaScript Object Notation', 'Java Script Object Notation'),
    explanation:
      'JSON stands for JavaScript Object Notation. It is a text format of key-value pairs and arrays whose fields can be nested and can vary from one record to the next, which is why it fits the flexible schemas of document databases such as Amazon DynamoDB and Amazon DocumentDB.',
    topic: 'databases-basics', domain: 3, difficulty: 'easy', timeLimitSec: 30,
    task: '3.4',
    source: 'https://aws.amazon.com/nosql/document/',
  },
  {
    id: 'databases-basics-03',
    type: 'multiple',
    prompt: 'Which are typical benefits of NoSQL databases compared with traditional relational databases? (Choose two.)',
    options: opts(
      [0, 3],
      'A flexible schema that makes it easy to evolve the data model',
      'A fixed schema that every record must follow exactly',
      'Rich support for joining many tables in a single query',
      'Scaling out horizontally across a distributed cluster',
      'Data that can only be read and written with standard SQL',
    ),
    explanation:
      'NoSQL databases are purpose-built for specific data models: their schemas are flexible, so the data model can change over time, and they are designed to scale out across distributed clusters. A fixed schema for every record and rich multi-table joins are strengths of relational databases, and NoSQL databases are by definition not limited to standard SQL access.',
    topic: 'databases-basics', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://aws.amazon.com/nosql/',
  },
  {
    id: 'databases-basics-04',
    type: 'truefalse',
    prompt: 'In JSON data, fields can be nested inside other fields, and two records do not need to have the same set of fields.',
    options: tf(true),
    explanation:
      'True. JSON objects can contain other objects and arrays, and nothing forces two documents to share the same fields, so the shape of the data can change over time. That flexibility is why JSON is a natural fit for document-style NoSQL databases rather than rigid relational tables.',
    topic: 'databases-basics', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://aws.amazon.com/nosql/document/',
  },
  {
    id: 'databases-basics-05',
    type: 'single',
    prompt:
      'An accounting application stores customers, invoices and payments, and runs queries that join these related tables inside multi-step transactions. Which AWS service fits best?',
    options: opts(
      2,
      'Amazon ElastiCache',
      'Amazon S3',
      'Amazon RDS',
      'Amazon DynamoDB',
    ),
    explanation:
      'Related tables queried with SQL joins and transactions are the classic relational workload, so a managed relational database such as Amazon RDS fits best. DynamoDB is a key-value and document NoSQL database without joins, ElastiCache is an in-memory cache rather than a system of record, and Amazon S3 is object storage, not a transactional database.',
    topic: 'databases-basics', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  {
    id: 'databases-basics-06',
    type: 'single',
    prompt:
      'A social network wants to store which users follow which and quickly answer questions such as "friends of friends who like this page". Which type of database is purpose-built for this?',
    options: opts(
      0,
      'A graph database',
      'A key-value store',
      'A data warehouse',
      'An in-memory cache',
    ),
    explanation:
      'A graph database stores entities as nodes and their relationships as edges, so traversing many hops of connections is fast; on AWS this is Amazon Neptune. A key-value store looks items up by key but does not traverse relationships, a data warehouse is built for large analytical aggregations, and an in-memory cache speeds up repeated reads of data held elsewhere.',
    topic: 'databases-basics', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://aws.amazon.com/nosql/graph/',
  },
  {
    id: 'databases-basics-07',
    type: 'single',
    prompt:
      'An online store handles thousands of small order inserts and updates per second, and every night it runs heavy analytical queries over years of sales history. Which pairing of workload type and AWS service fits best?',
    options: opts(
      3,
      'Orders as OLAP on Amazon Redshift; history as OLTP on Amazon RDS',
      'Orders and history both as OLAP on Amazon ElastiCache',
      'Orders as OLAP on Amazon Athena; history as OLTP on Amazon DynamoDB',
      'Orders as OLTP on Amazon RDS; history as OLAP on Amazon Redshift',
    ),
    explanation:
      'Many small, fast transactions are online transaction processing (OLTP), which a relational database such as Amazon RDS serves; large analytical queries over history are online analytical processing (OLAP), which the Amazon Redshift data warehouse is built for. The reversed pairing swaps the two workload types, ElastiCache is a cache rather than an analytics engine, and the Athena/DynamoDB option also mislabels the workloads: Athena does not take order transactions and DynamoDB is not an OLAP engine.',
    topic: 'databases-basics', domain: 3, difficulty: 'hard', timeLimitSec: 45,
    task: '3.4',
    source: 'https://aws.amazon.com/compare/the-difference-between-olap-and-oltp/',
  },

  // ---------------------------------------------------------------- rds-aurora
  {
    id: 'rds-aurora-01',
    type: 'single',
    prompt:
      'A company wants AWS to manage a MySQL, PostgreSQL, MariaDB, Oracle or SQL Server database for it, including backups and patching. Which service should it use?',
    options: opts(
      1,
      'Amazon DynamoDB',
      'Amazon RDS',
      'Amazon Redshift',
      'Amazon ElastiCache',
    ),
    explanation:
      'Amazon Relational Database Service (RDS) runs these relational engines (and IBM Db2) as a managed service that handles provisioning, patching and backups. DynamoDB is a NoSQL key-value database, Redshift is a data warehouse for analytics, and ElastiCache is a managed in-memory cache, so none of them runs those engines for you.',
    topic: 'rds-aurora', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  {
    id: 'rds-aurora-02',
    type: 'multiple',
    prompt: 'Which tasks does AWS take care of when you run a database on Amazon RDS? (Choose three.)',
    options: opts(
      [0, 2, 4],
      'Patching the operating system of the database host',
      'Designing the tables and indexes the application needs',
      'Continuous backups with point-in-time restore',
      'Writing and tuning the SQL queries the application runs',
      'Provisioning the underlying database infrastructure',
    ),
    explanation:
      'RDS is a managed service: AWS provisions the infrastructure, patches the operating system and engine in maintenance windows, and takes continuous automated backups that allow point-in-time restore. Designing the schema and indexes and writing efficient SQL remain the customer\'s job, because they depend on the application, not on the platform.',
    topic: 'rds-aurora', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  {
    id: 'rds-aurora-03',
    type: 'single',
    prompt:
      'A reporting dashboard sends many read-only queries to an Amazon RDS database and slows down the main application. Which RDS feature is designed to offload these reads?',
    options: opts(
      2,
      'A longer automated backup retention period',
      'A different weekly maintenance window',
      'Read replicas',
      'Point-in-time restore',
    ),
    explanation:
      'Read replicas are copies of the database that serve read-only traffic, so reporting queries can go to a replica instead of the primary. A longer backup retention period and point-in-time restore are about recovering data, not about performance, and the maintenance window only controls when upgrades and patches are applied.',
    topic: 'rds-aurora', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html',
  },
  {
    id: 'rds-aurora-04',
    type: 'single',
    prompt:
      'Which Amazon RDS feature keeps a synchronously replicated standby in another Availability Zone and fails over to it automatically if the primary fails?',
    options: opts(
      0,
      'A Multi-AZ deployment',
      'A read replica in the same Availability Zone',
      'Manual DB snapshots',
      'A larger DB instance class',
    ),
    explanation:
      'A Multi-AZ deployment maintains a synchronous standby in a different Availability Zone and fails over to it automatically, which is RDS\'s disaster-recovery and high-availability feature. A read replica in the same AZ is asynchronous and does not protect against losing that AZ, snapshots must be restored by hand into a new instance, and a larger instance class adds capacity but no redundancy.',
    topic: 'rds-aurora', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
  },
  {
    id: 'rds-aurora-05',
    type: 'truefalse',
    prompt: 'With a standard Amazon RDS DB instance, you can connect over SSH to the underlying host and manage its operating system yourself.',
    options: tf(false),
    explanation:
      'False. Standard RDS is fully managed: AWS operates the host and its operating system, and you reach only the database endpoint, not an SSH shell. If you need OS-level access, the separate RDS Custom option (for some Oracle and SQL Server setups) or a self-managed database on Amazon EC2 provides it.',
    topic: 'rds-aurora', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  {
    id: 'rds-aurora-06',
    type: 'single',
    prompt: 'Amazon Aurora is compatible with which database engines?',
    options: opts(
      3,
      'Oracle and Microsoft SQL Server',
      'MariaDB and IBM Db2',
      'MySQL and Oracle',
      'MySQL and PostgreSQL',
    ),
    explanation:
      'Aurora is AWS\'s own cloud-optimized relational engine, offered in MySQL-compatible and PostgreSQL-compatible editions. Oracle, SQL Server, MariaDB and Db2 are available as separate Amazon RDS engines, but Aurora is not compatible with them, so every other pairing includes at least one engine Aurora does not offer.',
    topic: 'rds-aurora', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html',
  },
  {
    id: 'rds-aurora-07',
    type: 'single',
    prompt: 'How does Amazon Aurora handle storage capacity as a database grows?',
    options: opts(
      3,
      'You provision EBS volumes for each instance and resize them manually',
      'Storage grows only when you add more DB instances to the cluster',
      'Storage is fixed when the cluster is created and can never change',
      'The cluster volume grows automatically as data is added, with no upfront sizing',
    ),
    explanation:
      'Aurora stores data in a shared cluster volume that expands automatically as data is added, up to a very large maximum (at least 128 TiB on current engine versions; older course notes say 64 TB). You do not attach or resize EBS volumes per instance, the size is not fixed at creation, and adding instances adds compute and read capacity rather than storage, because all instances share the same volume.',
    topic: 'rds-aurora', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html',
  },
  {
    id: 'rds-aurora-08',
    type: 'multiple',
    prompt: 'Which statements about Amazon Aurora are true? (Choose two.)',
    options: opts(
      [1, 4],
      'Aurora is an open-source engine you can download and run on premises',
      'Aurora keeps copies of its data across three Availability Zones in a Region',
      'Aurora is available only as a MySQL-compatible engine',
      'Aurora requires you to attach and size an EBS volume for every instance',
      'Aurora is one of the database engines offered through Amazon RDS',
    ),
    explanation:
      'Aurora is a managed engine within Amazon RDS, and its cluster volume automatically keeps copies of the data across three Availability Zones in the Region for durability. Aurora is proprietary to AWS rather than open source, it comes in both MySQL- and PostgreSQL-compatible editions, and its storage is a shared, self-growing cluster volume rather than per-instance EBS volumes.',
    topic: 'rds-aurora', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html',
  },
  {
    id: 'rds-aurora-09',
    type: 'text',
    prompt: 'Amazon RDS is a managed service for relational databases. What do the letters RDS stand for?',
    options: typed('Relational Database Service', 'Amazon Relational Database Service', 'Relational Database Services'),
    explanation:
      'RDS stands for Relational Database Service. It is AWS\'s managed service for relational engines such as MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Db2 and Aurora, with AWS handling provisioning, patching, backups and failover.',
    topic: 'rds-aurora', domain: 3, difficulty: 'easy', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  },
  // ---------------------------------------------------------------- elasticache
  {
    id: 'elasticache-01',
    type: 'single',
    prompt: 'What is the main reason to put Amazon ElastiCache in front of an Amazon RDS database?',
    options: opts(
      2,
      'To keep a synchronous standby of the database in another Availability Zone',
      'To run SQL analytics over petabytes of history',
      'To serve frequent reads from memory and reduce load on the database',
      'To migrate the database from on premises to AWS',
    ),
    explanation:
      'ElastiCache is an in-memory cache: the application keeps frequently read results there, so repeated reads are answered with very low latency and the database handles less traffic. A synchronous standby in another Availability Zone is what an RDS Multi-AZ deployment provides, petabyte-scale analytics belongs in Amazon Redshift, and moving a database to AWS is the job of AWS Database Migration Service.',
    topic: 'elasticache', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-02',
    type: 'text',
    prompt: 'Which AWS service provides fully managed in-memory caches that run Valkey, Redis OSS or Memcached?',
    options: typed('ElastiCache', 'Amazon ElastiCache', 'AWS ElastiCache', 'Elastic Cache', 'Amazon Elastic Cache'),
    explanation:
      'Amazon ElastiCache runs managed Valkey, Redis OSS and Memcached caches, in the same way that Amazon RDS runs managed relational databases. AWS handles setup, patching, monitoring, failure recovery and backups, while the application decides what to cache.',
    topic: 'elasticache', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-03',
    type: 'multiple',
    prompt: 'Which caching engines can you choose when you create an Amazon ElastiCache cache? (Choose three.)',
    options: opts(
      [0, 2, 3],
      'Memcached',
      'Apache Cassandra',
      'Redis OSS',
      'Valkey',
      'MongoDB',
    ),
    explanation:
      'ElastiCache offers three in-memory engines: Valkey, Redis OSS and Memcached (older material mentions only Redis and Memcached; Valkey is the open-source, Redis-compatible engine added in 2024). Apache Cassandra-compatible tables are offered by Amazon Keyspaces, and MongoDB-compatible documents by Amazon DocumentDB, not by ElastiCache.',
    topic: 'elasticache', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-04',
    type: 'truefalse',
    prompt: 'Amazon ElastiCache keeps its data in memory, so reading cached data is typically much faster than reading it from a disk-based database.',
    options: tf(true),
    explanation:
      'True. ElastiCache engines hold data in RAM, which gives high throughput and very low (often sub-millisecond) latency. That is why a cache in front of a disk-based database such as Amazon RDS speeds up read-heavy workloads and takes load off the database.',
    topic: 'elasticache', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-05',
    type: 'multiple',
    prompt: 'When you use Amazon ElastiCache, which tasks does AWS handle for you? (Choose two.)',
    options: opts(
      [1, 3],
      'Writing the application code that reads from and writes to the cache',
      'Patching the operating system and software of the cache nodes',
      'Choosing which query results are worth caching',
      'Detecting failed nodes and recovering from the failure',
      'Designing the keys under which the application stores items',
    ),
    explanation:
      'As a managed service, ElastiCache takes care of setup, OS and engine patching, monitoring, failure detection and recovery, and backups. What to cache, how to name the keys and the code that checks the cache and falls back to the database are application decisions, so they stay with the customer.',
    topic: 'elasticache', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-06',
    type: 'single',
    prompt:
      'A web application runs on several EC2 instances behind a load balancer. User session data must be shared by all instances and read with sub-millisecond latency. Where should the sessions be stored?',
    options: opts(
      1,
      'On an instance store volume of each instance',
      'In an Amazon ElastiCache cache',
      'In an Amazon Redshift cluster',
      'In Amazon S3 Glacier Flexible Retrieval',
    ),
    explanation:
      'An ElastiCache cache is an in-memory store that every instance can reach over the network, so it is a common place for shared session state with sub-millisecond reads. An instance store belongs to one instance and is lost when it stops, Glacier Flexible Retrieval is archive storage with retrieval times of minutes to hours, and Redshift is a data warehouse for analytical queries, not a low-latency session store.',
    topic: 'elasticache', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },
  {
    id: 'elasticache-07',
    type: 'single',
    prompt:
      'A team adds an Amazon ElastiCache cluster to speed up reads from its Amazon RDS database. What else must happen for the cache to be used?',
    options: opts(
      0,
      'The application must be changed to check the cache first and fill it on a miss',
      'Nothing else: RDS sends every query through ElastiCache once it exists',
      'The RDS database must first be converted into a DynamoDB table',
      'ElastiCache must be enabled as an option of the RDS Multi-AZ deployment',
    ),
    explanation:
      'ElastiCache is a separate data store, so the application itself must implement a caching strategy, for example look in the cache first and, on a miss, read the database and write the result to the cache. RDS does not route queries through a cache by itself, no conversion to DynamoDB is needed, and Multi-AZ is a high-availability setting of RDS that has nothing to do with caching.',
    topic: 'elasticache', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html',
  },

  // ---------------------------------------------------------------- dynamodb
  {
    id: 'dynamodb-01',
    type: 'single',
    prompt:
      'Which AWS service is a fully managed, serverless NoSQL key-value database that gives single-digit millisecond latency at any scale?',
    options: opts(
      1,
      'Amazon Aurora',
      'Amazon DynamoDB',
      'Amazon Redshift',
      'Amazon RDS',
    ),
    explanation:
      'Amazon DynamoDB is the serverless NoSQL key-value and document database, with consistent single-digit millisecond performance and no servers to manage. Aurora and the other RDS engines are relational databases running on DB instances you choose, and Redshift is a data warehouse for analytical queries.',
    topic: 'dynamodb', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
  {
    id: 'dynamodb-02',
    type: 'truefalse',
    prompt: 'Amazon DynamoDB is a relational database in which you combine data from several tables with SQL joins.',
    options: tf(false),
    explanation:
      'False. DynamoDB is a NoSQL key-value and document database: each table stores items looked up by their primary key, and it has no joins between tables. It does accept the SQL-compatible PartiQL language for single-table reads and writes, but related data is usually modeled together in one table instead of being joined.',
    topic: 'dynamodb', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
  {
    id: 'dynamodb-03',
    type: 'multiple',
    prompt: 'Which statements describe Amazon DynamoDB? (Choose three.)',
    options: opts(
      [0, 2, 5],
      'It is serverless: there are no database servers for you to manage',
      'You must choose and patch the EC2 instance type that hosts each table',
      'It automatically replicates data across multiple Availability Zones',
      'It stores each table in a single Availability Zone',
      'Every item in a table must have exactly the same attributes',
      'Access to tables is controlled with IAM',
    ),
    explanation:
      'DynamoDB is serverless and fully managed, replicates data across multiple Availability Zones in a Region for high availability, and uses IAM for authentication and authorization. There are no instances to pick or patch, tables are not limited to one AZ, and apart from the primary key each item can carry its own set of attributes.',
    topic: 'dynamodb', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
  {
    id: 'dynamodb-04',
    type: 'single',
    prompt: 'What is the maximum size of a single item in an Amazon DynamoDB table?',
    options: opts(
      2,
      '64 KB',
      '4 MB',
      '400 KB',
      '5 TB',
    ),
    explanation:
      'A DynamoDB item, including its attribute names and values, can be at most 400 KB. Larger data such as images is usually stored in Amazon S3 with only its key kept in DynamoDB. 5 TB is the maximum size of a single S3 object, and 64 KB and 4 MB are not DynamoDB item limits.',
    topic: 'dynamodb', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
  },
  {
    id: 'dynamodb-05',
    type: 'single',
    prompt:
      'A read-heavy application on DynamoDB needs microsecond read latency. The team wants a fully managed in-memory cache built specifically for DynamoDB and compatible with its API. Which should they use?',
    options: opts(
      3,
      'DynamoDB Streams',
      'DynamoDB global tables',
      'Amazon ElastiCache for Memcached',
      'DynamoDB Accelerator (DAX)',
    ),
    explanation:
      'DynamoDB Accelerator (DAX) is an in-memory cache made for DynamoDB: it speaks the DynamoDB API, so the application needs few code changes, and it cuts read latency to microseconds. DynamoDB Streams records item changes for other consumers, global tables replicate a table across Regions, and ElastiCache for Memcached is a general-purpose cache that needs custom caching code instead of being API-compatible with DynamoDB.',
    topic: 'dynamodb', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html',
  },
  {
    id: 'dynamodb-06',
    type: 'single',
    prompt:
      'A global game needs players in several AWS Regions to read and write the same DynamoDB data with low latency, with changes replicated between Regions automatically. Which feature provides this?',
    options: opts(
      0,
      'DynamoDB global tables',
      'DynamoDB point-in-time recovery',
      'DynamoDB Accelerator (DAX)',
      'DynamoDB on-demand capacity mode',
    ),
    explanation:
      'Global tables replicate a DynamoDB table across the Regions you choose, and every replica accepts reads and writes (multi-Region, multi-active). Point-in-time recovery restores a table to an earlier moment, DAX is an in-memory cache within a Region, and on-demand capacity mode is a billing and scaling choice, none of which replicate data between Regions.',
    topic: 'dynamodb', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html',
  },
  {
    id: 'dynamodb-07',
    type: 'single',
    prompt:
      'A new application on DynamoDB has unpredictable traffic with sudden spikes, and the team does not want to plan read and write capacity. Which option fits best?',
    options: opts(
      3,
      'Provisioned capacity mode with a fixed number of capacity units',
      'Reserved capacity bought for a one-year term',
      'The DynamoDB Standard-Infrequent Access table class',
      'On-demand capacity mode, paying per read and write request',
    ),
    explanation:
      'On-demand mode scales with traffic automatically and bills per request, so no capacity planning is needed for spiky or unknown workloads. Provisioned mode with fixed capacity units suits predictable traffic, reserved capacity is a commitment that only makes sense for steady provisioned usage, and the Standard-IA table class lowers storage cost for rarely accessed data without changing how throughput is handled.',
    topic: 'dynamodb', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html',
  },
  {
    id: 'dynamodb-08',
    type: 'single',
    prompt: 'How is data organized in an Amazon DynamoDB table?',
    options: opts(
      2,
      'As rows with the same fixed columns, linked to other tables by foreign keys',
      'As columns stored together for fast scans in analytical queries',
      'As items identified by a primary key, each with its own set of attributes',
      'As nodes and edges that record relationships between entities',
    ),
    explanation:
      'A DynamoDB table holds items; each item is identified by its primary key (a partition key, optionally with a sort key) and carries attributes that can differ from item to item. Fixed columns with foreign keys describe a relational database, columnar storage for analytics describes a data warehouse such as Redshift, and nodes and edges describe a graph database such as Neptune.',
    topic: 'dynamodb', domain: 3, difficulty: 'easy', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html',
  },
  {
    id: 'dynamodb-09',
    type: 'single',
    prompt: 'Which statement best describes the performance Amazon DynamoDB is designed to deliver?',
    options: opts(
      0,
      'Consistent single-digit millisecond latency, even at very large scale',
      'Latency that depends on the EC2 instance type chosen for the table',
      'Responses in minutes, since each query scans data stored in Amazon S3',
      'Fast reads only while the table stays under a few gigabytes',
    ),
    explanation:
      'DynamoDB is built to give consistent single-digit millisecond responses while scaling to millions of requests per second and very large tables. It is serverless, so there is no instance type to choose; it does not scan S3 per query (that describes Athena); and its performance does not depend on keeping tables small.',
    topic: 'dynamodb', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  },
  // ---------------------------------------------------------------- analytics
  {
    id: 'analytics-01',
    type: 'single',
    prompt: 'Which AWS service is a data warehouse built for online analytical processing (OLAP) over large amounts of data?',
    options: opts(
      3,
      'Amazon RDS',
      'Amazon DynamoDB',
      'Amazon ElastiCache',
      'Amazon Redshift',
    ),
    explanation:
      'Amazon Redshift is AWS\'s data warehouse: it stores data in columns and runs analytical SQL queries in parallel across nodes, scaling to petabytes. RDS is designed for transactional (OLTP) relational workloads, DynamoDB is a NoSQL key-value database for fast lookups, and ElastiCache is an in-memory cache.',
    topic: 'analytics', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/welcome.html',
  },
  {
    id: 'analytics-02',
    type: 'single',
    prompt:
      'An analyst wants to run occasional SQL queries directly on log files stored in Amazon S3, without loading them anywhere or managing any servers. Which service fits?',
    options: opts(
      0,
      'Amazon Athena',
      'Amazon Redshift provisioned clusters',
      'Amazon EMR clusters',
      'AWS Database Migration Service',
    ),
    explanation:
      'Amazon Athena is a serverless query service that runs SQL directly against data in S3 and writes the results back to S3, which suits one-off queries and log analysis. A provisioned Redshift cluster and an EMR cluster are capacity you create and size yourself, and DMS migrates databases rather than querying files.',
    topic: 'analytics', domain: 3, difficulty: 'easy', timeLimitSec: 30,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  },
  {
    id: 'analytics-03',
    type: 'single',
    prompt:
      'A research team wants to create clusters of EC2 instances running Hadoop and Apache Spark to process very large data sets, using Spot Instances to save money. Which service should it use?',
    options: opts(
      2,
      'Amazon Athena',
      'AWS Glue',
      'Amazon EMR',
      'Amazon Redshift',
    ),
    explanation:
      'Amazon EMR (Elastic MapReduce) provisions and configures big-data clusters running Hadoop, Spark, HBase, Presto, Flink and similar frameworks, with auto scaling and Spot Instance support. Athena runs serverless SQL on S3 without clusters, Glue is a serverless ETL service where you do not manage cluster instances, and Redshift is a SQL data warehouse rather than a Hadoop platform.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html',
  },
  {
    id: 'analytics-04',
    type: 'single',
    prompt:
      'A company needs a serverless service to extract data from several sources, transform it and load it into its analytics store, and to keep a catalog of its data sets. Which service fits?',
    options: opts(
      1,
      'AWS Database Migration Service',
      'AWS Glue',
      'Amazon Athena',
      'Amazon ElastiCache',
    ),
    explanation:
      'AWS Glue is a serverless extract, transform and load (ETL) service, and its Glue Data Catalog records the schemas and locations of data sets for other services. DMS migrates and replicates databases rather than running general ETL jobs, Athena queries data but does not run ETL pipelines, and ElastiCache is an in-memory cache.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html',
  },
  {
    id: 'analytics-05',
    type: 'multiple',
    prompt: 'Which features help Amazon Redshift run analytical queries quickly? (Choose two.)',
    options: opts(
      [0, 3],
      'Columnar storage of data',
      'Storing each record as a key-value item',
      'Optimization for many small, single-row transactions',
      'Massively parallel processing (MPP) across nodes',
      'Holding the whole data set only in an in-memory cache',
    ),
    explanation:
      'Redshift stores data by column, so a query reads only the columns it needs, and it spreads each query across many nodes with massively parallel processing. Key-value items describe DynamoDB, many small single-row transactions are an OLTP workload better suited to RDS, and Redshift keeps its data on disk-backed managed storage rather than only in memory.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/welcome.html',
  },
  {
    id: 'analytics-06',
    type: 'multiple',
    prompt: 'Which services can use the AWS Glue Data Catalog as the catalog of tables they query? (Choose three.)',
    options: opts(
      [0, 1, 4],
      'Amazon Athena',
      'Amazon EMR',
      'Amazon ElastiCache',
      'Amazon Route 53',
      'Amazon Redshift',
    ),
    explanation:
      'The Glue Data Catalog is a central metadata store of table definitions, and Athena, Amazon EMR and Amazon Redshift (through Redshift Spectrum and data lake queries) can all read table definitions from it. ElastiCache is an in-memory cache and Route 53 is a DNS service; neither queries cataloged data sets.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html',
  },
  {
    id: 'analytics-07',
    type: 'single',
    prompt: 'By default, how are Amazon Athena SQL queries billed?',
    options: opts(
      2,
      'By the number of hours a provisioned cluster runs',
      'By a flat monthly fee for each table defined',
      'By the amount of data each query scans',
      'By the number of EC2 instances chosen for the query',
    ),
    explanation:
      'Athena is serverless and, by default, charges per query according to the amount of data it scans (it also offers optional provisioned capacity for steady workloads). Hourly cluster charges and per-instance charges fit services where you run clusters, such as provisioned Redshift or EMR, and Athena has no per-table monthly fee.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.7',
    source: 'https://aws.amazon.com/athena/pricing/',
  },
  {
    id: 'analytics-08',
    type: 'single',
    prompt:
      'A company queries large CSV log files in Amazon S3 with Amazon Athena and wants to cut query cost and time. Which change helps most?',
    options: opts(
      3,
      'Move the log files to S3 Glacier Deep Archive',
      'Copy every file into a second bucket in another Region',
      'Turn on S3 Versioning for the log bucket',
      'Store the data as partitioned, compressed Parquet files',
    ),
    explanation:
      'Because Athena charges by data scanned, compressed columnar formats (Parquet, ORC) and partitioning let a query read only the columns and partitions it needs, lowering both cost and run time. Objects in Glacier Deep Archive must be restored before Athena can read them, versioning keeps extra copies without changing what a query scans, and a copy in another Region only adds storage cost.',
    topic: 'analytics', domain: 3, difficulty: 'hard', timeLimitSec: 45,
    task: '3.7',
    source: 'https://aws.amazon.com/athena/pricing/',
  },
  {
    id: 'analytics-09',
    type: 'multiple',
    prompt: 'Which of these analytics options are serverless, with no clusters or instances for you to manage? (Choose two.)',
    options: opts(
      [1, 2],
      'Amazon EMR running on EC2 clusters',
      'Amazon Athena',
      'AWS Glue',
      'Amazon Redshift provisioned clusters',
      'Amazon RDS for PostgreSQL DB instances',
    ),
    explanation:
      'Athena and Glue are serverless: you submit queries or ETL jobs and AWS supplies the compute. EMR on EC2 clusters and provisioned Redshift clusters run on nodes you choose and size (both services now also have separate serverless options, which these choices exclude), and RDS for PostgreSQL runs on DB instances you select.',
    topic: 'analytics', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.7',
    source: 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html',
  },

  // ---------------------------------------------------------------- dms
  {
    id: 'dms-01',
    type: 'single',
    prompt:
      'A company wants to move its on-premises database into Amazon RDS while the source database keeps serving its applications during the move. Which service should it use?',
    options: opts(
      3,
      'AWS DataSync',
      'AWS Snowball Edge',
      'AWS Application Migration Service (MGN)',
      'AWS Database Migration Service (DMS)',
    ),
    explanation:
      'AWS DMS migrates databases to AWS quickly and securely while the source stays fully operational, and can keep replicating changes until cut-over. DataSync copies files and objects between storage systems, Snowball Edge ships data on a physical device for offline transfer, and Application Migration Service rehosts whole servers as EC2 instances rather than moving a database into a managed engine such as RDS.',
    topic: 'dms', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'dms-02',
    type: 'truefalse',
    prompt: 'During a migration with AWS Database Migration Service, the source database remains available to its applications.',
    options: tf(true),
    explanation:
      'True. DMS reads from the source while it keeps running, and with ongoing replication (change data capture) it copies new changes to the target until you are ready to switch over. This keeps downtime to the short moment of the cut-over instead of the whole migration.',
    topic: 'dms', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'dms-03',
    type: 'single',
    prompt: 'Which of these is a heterogeneous database migration?',
    options: opts(
      0,
      'Microsoft SQL Server on premises to Amazon Aurora',
      'Oracle on premises to Amazon RDS for Oracle',
      'MySQL on premises to Amazon RDS for MySQL',
      'PostgreSQL on EC2 to Amazon RDS for PostgreSQL',
    ),
    explanation:
      'A heterogeneous migration moves data between different database engines, such as SQL Server to Aurora (MySQL- or PostgreSQL-compatible), and usually needs a schema conversion step. Oracle to RDS for Oracle, MySQL to RDS for MySQL and PostgreSQL to RDS for PostgreSQL keep the same engine, so they are homogeneous migrations.',
    topic: 'dms', domain: 3, difficulty: 'medium', timeLimitSec: 30,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'dms-04',
    type: 'single',
    prompt:
      'Before migrating an Oracle database to Amazon Aurora PostgreSQL with AWS DMS, a team must translate the schema and stored procedures to the new engine. What should it use?',
    options: opts(
      2,
      'The AWS Glue Data Catalog',
      'Amazon Athena',
      'DMS Schema Conversion or the AWS Schema Conversion Tool',
      'AWS DataSync',
    ),
    explanation:
      'For migrations between different engines, DMS Schema Conversion (in the DMS console) or the downloadable AWS Schema Conversion Tool (SCT) converts the schema and code objects such as stored procedures; DMS then moves the data. The Glue Data Catalog only stores table metadata for analytics, Athena queries data in S3, and DataSync copies files, so none of them convert database schemas.',
    topic: 'dms', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/SchemaConversionTool/latest/userguide/CHAP_Welcome.html',
  },
  {
    id: 'dms-05',
    type: 'multiple',
    prompt: 'Which capabilities does AWS Database Migration Service provide? (Choose two.)',
    options: opts(
      [0, 3],
      'Ongoing replication of changes so the target stays in sync until cut-over',
      'Automatically rewriting application code to work with the new engine',
      'Copying files from an on-premises NFS share into Amazon EFS',
      'Migrating data between different database engines',
      'Migrating only after the source database has been shut down',
    ),
    explanation:
      'DMS supports both homogeneous and heterogeneous migrations, and with change data capture it keeps replicating changes so the target stays current until you switch over. It does not rewrite application code, copying file shares into EFS is a job for AWS DataSync, and DMS is designed to work while the source stays online rather than after it is shut down.',
    topic: 'dms', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
  {
    id: 'dms-06',
    type: 'single',
    prompt: 'Where does AWS Database Migration Service run the work of reading from the source and writing to the target?',
    options: opts(
      1,
      'In an agent installed on every application server',
      'On replication compute that DMS runs in AWS',
      'Inside the source database engine, as stored procedures',
      'On a Snowball device shipped to the customer\'s data center',
    ),
    explanation:
      'DMS connects to the source and target endpoints from replication compute in AWS: either a replication instance you size or DMS Serverless, which scales capacity for you. It needs no agent on application servers, does not run as stored procedures inside the source engine, and does not depend on Snowball devices (which are for offline bulk transfer).',
    topic: 'dms', domain: 3, difficulty: 'medium', timeLimitSec: 45,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html',
  },
  {
    id: 'dms-07',
    type: 'single',
    prompt: 'What is a homogeneous database migration?',
    options: opts(
      0,
      'A migration in which the source and target use the same database engine',
      'A migration that moves data from a database into files in Amazon S3',
      'A migration in which the source and target are in the same data center',
      'A migration that converts a relational database into a NoSQL database',
    ),
    explanation:
      'Homogeneous means the same engine on both sides, for example Oracle on premises to Amazon RDS for Oracle, so no schema conversion is needed. Relational to NoSQL is a change of engine (heterogeneous), exporting to S3 files is a change of target type, and the definition has nothing to do with the data center location.',
    topic: 'dms', domain: 3, difficulty: 'easy', timeLimitSec: 20,
    task: '3.4',
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/Welcome.html',
  },
]
