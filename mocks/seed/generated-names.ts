/**
 * The names the generated catalogue combines into packages: cloud SDK services, framework plugins,
 * module stems and suffixes, fonts, firmware, Kubernetes and CUDA components.
 */
import { labelled, words } from './words'

export const awsServices = words(`
  accessanalyzer acm acm-pca amplify apigateway apigatewayv2 appconfig appflow application-autoscaling appmesh
  apprunner appsync athena auditmanager autoscaling backup batch bedrock bedrock-runtime budgets ce chime cloud9
  cloudcontrol cloudformation cloudfront cloudhsmv2 cloudsearch cloudtrail cloudwatch codeartifact codebuild
  codecommit codedeploy codeguru-reviewer codepipeline codestar-connections cognito-identity cognito-idp comprehend
  config connect databrew datasync dax detective devicefarm directconnect dlm dms docdb ds dynamodb dynamodbstreams
  ebs ec2 ecr ecr-public ecs efs eks elasticache elasticbeanstalk elb elbv2 emr emr-containers emr-serverless es
  events firehose fis fms forecast frauddetector fsx glacier globalaccelerator glue grafana greengrass guardduty
  health iam identitystore imagebuilder inspector2 iot iot-data iotevents ivs kafka kafkaconnect kendra kinesis
  kinesisanalyticsv2 kinesisvideo kms lakeformation lambda lex-models lexv2-runtime license-manager lightsail
  location logs macie2 mediaconvert medialive mediapackage mediastore memorydb mq mwaa neptune network-firewall
  networkmanager opensearch opensearchserverless organizations outposts personalize pi pinpoint pipes polly pricing
  qldb quicksight ram rds rds-data redshift redshift-data redshift-serverless rekognition resource-groups
  resourcegroupstaggingapi route53 route53domains route53resolver s3 s3control s3outposts sagemaker
  sagemaker-runtime scheduler schemas secretsmanager securityhub serverlessrepo service-quotas servicecatalog
  servicediscovery ses sesv2 shield signer snowball sns sqs ssm ssm-incidents sso sso-admin sso-oidc stepfunctions
  storagegateway sts support swf synthetics textract timestream-query timestream-write transcribe transfer
  translate verifiedpermissions waf wafv2 wellarchitected workspaces xray
`)

export const googleCloud = words(`
  aiplatform appengine-admin artifact-registry asset bigquery bigquery-storage bigtable billing build compute
  container datacatalog dataproc datastore dlp dns error-reporting firestore functions iam kms language logging
  memcache monitoring os-login pubsub recommender redis resource-manager run scheduler secret-manager
  securitycenter spanner speech storage tasks texttospeech trace translate videointelligence vision workflows
`)

export const azureMgmt = words(`
  apimanagement applicationinsights authorization batch cdn cognitiveservices compute containerinstance
  containerregistry containerservice core cosmosdb databricks datafactory dns eventhub frontdoor iothub keyvault
  loganalytics managementgroups monitor msi network privatedns rdbms recoveryservices redis resource search
  security servicebus servicefabric sql storage subscription synapse web
`)

export const azureData = words(`
  storage-blob storage-queue storage-file-share identity keyvault-secrets keyvault-keys keyvault-certificates
  servicebus eventhub cosmos monitor-query search-documents data-tables appconfiguration ai-ml
`)

export const otelInstrumentations = words(`
  aiohttp-client aiohttp-server asgi asyncpg boto botocore celery dbapi django elasticsearch falcon fastapi flask
  grpc httpx jinja2 kafka-python logging mysql pika psycopg psycopg2 pymemcache pymongo pymysql pyramid redis
  requests sqlalchemy sqlite3 starlette system-metrics tornado urllib urllib3 wsgi
`)

export const pytestPlugins = words(`
  asyncio benchmark check clarity cov datadir django docker env forked freezer html httpx icdiff instafail
  lazy-fixtures localserver mock order postgresql randomly redis regressions rerunfailures runner snapshot split
  subtests sugar timeout xdist
`)

export const djangoApps = words(`
  allauth axes celery-beat celery-results cors-headers crispy-forms debug-toolbar environ extensions filter
  guardian health-check import-export model-utils mptt ninja oauth-toolkit otp polymorphic redis
  rest-framework silk simple-history storages taggit timezone-field
`)

export const flaskExtensions = words(`
  admin babel caching compress cors jwt-extended limiter login mail migrate restx session socketio sqlalchemy
  talisman wtf
`)

export const typeStubs = words(`
  aiofiles boto cachetools cffi chardet colorama croniter decorator deprecated docutils first freezegun
  html5lib jmespath jsonschema ldap3 markdown mock mypy-extensions openpyxl paramiko passlib peewee pexpect
  pillow polib protobuf psutil psycopg2 pyasn1 pycurl pyflakes pygments pymysql pyopenssl pyserial pysftp
  python-dateutil pytz pyxdg pyyaml regex requests retry s2clientprotocol send2trash setuptools simplejson
  six slumber stripe tabulate termcolor toml toposort tqdm ttkthemes tzlocal ujson untangle urllib3 vobject
  waitress whatthepatch xmltodict xxhash zmq zxcvbn
`)

export const airflowProviders = words(`
  amazon apache-hive apache-kafka apache-spark celery cncf-kubernetes common-io common-sql databricks dbt-cloud
  docker elasticsearch fab ftp google hashicorp http imap jdbc microsoft-azure mongo mysql odbc openlineage
  oracle postgres presto redis sftp slack smtp snowflake sqlite ssh standard trino
`)

export const pyStems = labelled(`
  async:asyncio|json:JSON|yaml:YAML|toml:TOML|http:HTTP|grpc:gRPC|redis:Redis|kafka:Apache Kafka|mongo:MongoDB|
  sql:SQL databases|jwt:JSON Web Tokens|oauth:OAuth 2.0|ldap:LDAP|s3:Amazon S3|gcs:Google Cloud Storage|
  csv:CSV files|xml:XML|pdf:PDF documents|image:images|cache:caching|retry:retrying calls|log:logging|
  config:configuration files|schema:schemas|cli:command-line apps|env:environment variables|path:filesystem paths|
  time:time handling|date:dates|cron:cron schedules|uuid:UUIDs|hash:hashing|crypto:cryptography|auth:authentication|
  token:API tokens|rate:rate limiting|queue:message queues|task:background tasks|event:event streams|
  metrics:metrics|trace:distributed tracing|proto:Protocol Buffers|graphql:GraphQL|ws:WebSockets|mail:email|
  sms:SMS gateways|slack:Slack|s3fs:S3 filesystems|parquet:Parquet files|arrow:Apache Arrow|avro:Avro|
  elastic:Elasticsearch|opensearch:OpenSearch|postgres:PostgreSQL|mysql:MySQL|sqlite:SQLite|dynamo:DynamoDB|
  vault:HashiCorp Vault|consul:Consul|k8s:Kubernetes|docker:Docker|helm:Helm charts|terraform:Terraform|
  ansible:Ansible|git:Git repositories|ssh:SSH|sftp:SFTP|ftp:FTP|dns:DNS|ip:IP addresses|url:URLs|html:HTML|
  markdown:Markdown|template:templates|i18n:internationalization|geo:geospatial data|money:currency values|
  color:terminal colors|table:tabular data|diff:text diffs|semver:semantic versions|feature:feature flags|
  audit:audit logs|secret:secrets|policy:access policies|webhook:webhooks|
`)

export const pySuffixes = labelled(`
  utils:Utility functions for|tools:Tools for working with|client:Client library for|lib:Library for|
  core:Core primitives for|helpers:Helpers for|parser:Parser for|kit:Toolkit for|adapter:Adapter for|
  backend:Pluggable backend for|types:Type definitions for|compat:Compatibility layer for|lite:Lightweight support for|
  ext:Extensions for|mock:Test doubles for|validator:Validation of|sdk:SDK for|testing:Testing utilities for|
  stream:Streaming support for|middleware:Middleware for|cli:Command-line interface for|server:Server for|
  pool:Connection pooling for|sync:Synchronization for|
`)

export const rubyStems = labelled(`
  rack:Rack|rails:Rails|sidekiq:Sidekiq|rspec:RSpec|rubocop:RuboCop|jekyll:Jekyll|omniauth:OmniAuth|
  devise:Devise|grape:Grape|hanami:Hanami|dry:dry-rb|sequel:Sequel|activerecord:Active Record|faraday:Faraday|
  graphql:GraphQL Ruby|capistrano:Capistrano|fluent-plugin:Fluentd|guard:Guard|minitest:Minitest|puma:Puma|
  sinatra:Sinatra|resque:Resque|kafka:Kafka|redis:Redis|mongo:MongoDB|pg:PostgreSQL|jwt:JWT|oauth:OAuth|
  aws:AWS|google:Google Cloud|azure:Azure|slack:Slack|stripe:Stripe|sentry:Sentry|datadog:Datadog|
  newrelic:New Relic|prometheus:Prometheus|opentelemetry:OpenTelemetry|elastic:Elasticsearch|vault:Vault|
`)

export const rubySuffixes = labelled(`
  attack:Request blocking and throttling for|cors:CORS handling for|cache:Caching layer for|session:Session storage for|
  auth:Authentication for|logger:Structured logging for|metrics:Metrics collection for|retry:Retry policies for|
  throttle:Throttling for|schema:Schema definitions for|types:Type coercion for|validation:Validation helpers for|
  pagination:Pagination for|serializer:Serializers for|adapter:Adapter for|instrumentation:Instrumentation for|
  scheduler:Job scheduling for|testing:Test helpers for|helpers:View and controller helpers for|config:Configuration for|
`)

export const rubyGemsExtra = words(`
  actioncable actionmailer actionpack actionview activejob activemodel activerecord activestorage aws-sigv4
  bcrypt builder byebug cancancan capybara carrierwave connection_pool dalli date debug delayed_job devise digest
  dotenv erubi excon factory_bot faker figaro haml http httparty image_processing irb jwt kaminari logger mail
  mini_magick multi_json mustermann net-imap net-pop net-scp net-smtp net-ssh oauth2 oj omniauth openssl ox
  prometheus-client pry psych pundit rack-cors rack-protection rack-test railties redis-client reline resque
  rest-client rexml rspec-expectations rspec-mocks rspec-rails ruby-kafka rubyzip rufus-scheduler sass-rails
  selenium-webdriver set shrine sidekiq-cron simplecov slim sprockets sshkit stringio strscan tilt time timeout
  typhoeus vcr webmock whenever will_paginate yajl-ruby
`)

export const perlNamespaces = labelled(`
  app:App|cache:Cache|class:Class|config:Config|crypt:Crypt|data:Data|date:Date|db:DB|devel:Devel|digest:Digest|
  email:Email|encode:Encode|file:File|hash:Hash|html:HTML|http:HTTP|io:IO|json:JSON|list:List|log:Log|math:Math|
  mime:MIME|module:Module|net:Net|object:Object|params:Params|string:String|sub:Sub|sys:Sys|term:Term|test:Test|
  text:Text|time:Time|uri:URI|xml:XML|yaml:YAML|dbix:DBIx|moosex:MooseX|mojo:Mojo|plack:Plack|catalyst:Catalyst|
  dancer:Dancer|anyevent:AnyEvent|sql:SQL|getopt:Getopt|
`)

export const perlLeaves = words(`
  Util Simple Tiny Lite Base Dumper Parser Validator Builder Format Compare Table Stream Handle Serializer Tools
  Helper Manager Pool Client Server Dispatch Filter Template Wrapper Iterator Types Accessor Lazy Cache Config
  Encoder Decoder Diff Merge Walk Visitor Printer Reader Writer Loader Plugin Role Guard Retry
`)

export const luaExtra = words(`
  argparse ansicolors basexx binaryheap busted compat53 cqueues date dkjson expat http inspect ldoc lpeg-patterns
  lualogging luaossl luassert luaunit lyaml markdown md5 mimetypes moonscript openssl penlight posix rexlib say
  sec sqlite3 stdlib struct system term uuid zlib
`)

export const rPackages = words(`
  abind askpass assertthat backports base64enc bit bit64 blob brew brio broom bslib cachem callr cellranger cli
  clipr colorspace commonmark cpp11 crayon curl data.table DBI dbplyr desc diffobj digest downlit dplyr ellipsis
  evaluate fansi farver fastmap fontawesome forcats fs gargle generics ggplot2 glue googledrive gtable haven highr
  hms htmltools htmlwidgets httpuv httr isoband jquerylib jsonlite knitr labeling later lattice lazyeval lifecycle
  lubridate magrittr MASS Matrix memoise mgcv mime modelr munsell nlme openssl pillar pkgbuild pkgconfig pkgload
  praise prettyunits processx progress promises ps purrr R6 ragg rappdirs RColorBrewer Rcpp readr readxl rematch
  rlang rmarkdown rprojroot rstudioapi rvest sass scales selectr shiny sourcetools stringi stringr sys testthat
  tibble tidyr tidyselect tidyverse timechange tinytex tzdb utf8 uuid vctrs viridisLite vroom waldo withr xfun
  xml2 yaml zoo
`)

export const fontNames = words(`
  adobe-source-code-pro adobe-source-sans adobe-source-serif cantarell cascadia-code cousine croscore
  dejavu-sans-mono droid fira-code fira-mono fira-sans freefont gnu-unifont hack ibm-plex inconsolata inter
  iosevka jetbrains-mono lato liberation-mono liberation-sans liberation-serif linux-libertine montserrat noto-cjk
  noto-emoji noto-mono noto-sans noto-serif open-sans opensymbol oswald overpass poppins roboto roboto-mono
  source-han-sans stix terminus ubuntu urw-base35 victor-mono wqy-zenhei xorg-misc
`)

/** [tool prefix, tool label, license, names] */
// prettier-ignore
export const pluginFamilies: ReadonlyArray<readonly [string, string, string, string]> = [
  ['terraform-provider', 'Terraform provider for', 'MPL-2.0', `
    aws google azurerm kubernetes helm random null local tls http archive external time template vault consul
    docker github gitlab cloudflare datadog digitalocean linode oci alicloud ibm openstack vsphere newrelic
    pagerduty grafana okta auth0 postgresql mysql mongodbatlas snowflake databricks fastly akamai rancher2 kafka
    rabbitmq elasticstack sentry launchdarkly`],
  ['grafana-plugin', 'Grafana plugin:', 'Apache-2.0', `
    piechart-panel clock-panel worldmap-panel polystat-panel image-renderer zabbix-app github-datasource
    googlesheets-datasource mongodb-datasource x-ray-datasource athena-datasource redshift-datasource
    timestream-datasource bigquery-datasource clickhouse-datasource opensearch-datasource`],
  ['packer-plugin', 'Packer plugin for', 'MPL-2.0', `
    amazon azure googlecompute docker qemu vsphere virtualbox ansible hyperv vagrant proxmox openstack digitalocean`],
  ['vault-plugin', 'Vault plugin:', 'MPL-2.0', `
    auth-kubernetes auth-jwt auth-gcp auth-azure auth-oci secrets-kv secrets-gcp secrets-azure secrets-terraform
    database-snowflake database-redis secrets-ad`],
  ['helm-plugin', 'Helm plugin:', 'Apache-2.0', 'diff secrets unittest push s3 git mapkubeapis'],
  ['velero-plugin-for', 'Velero plugin for', 'Apache-2.0', 'aws gcp microsoft-azure csi'],
  ['kubectl', 'kubectl plugin:', 'Apache-2.0', `
    neat tree ctx ns view-secret who-can images node-shell konfig cnpg rook-ceph argo-rollouts oidc-login krew
    df-pv sniff`],
  ['nginx-mod', 'Dynamic nginx module:', 'BSD-2-Clause', `
    http-brotli http-geoip2 http-headers-more http-lua http-njs http-image-filter http-perl http-xslt-filter mail
    stream-geoip2 http-cache-purge http-dav-ext http-echo http-fancyindex http-redis2 http-set-misc http-vts
    http-zstd rtmp`],
  ['apache2-mod', 'Apache httpd module:', 'Apache-2.0', 'ssl ldap proxy-html lua http2 md security2 wsgi-py3 auth-openidc'],
]

export const peclExtra = words(`
  amqp ast ds event grpc mailparse maxminddb mcrypt memcache mongodb msgpack oauth opentelemetry pcov protobuf
  rdkafka solr ssh2 swoole uuid vips xhprof yaml zstd
`)

export const firmwareVendors = words(`
  ath10k ath11k bnx2 bnx2x brcm cxgb4 ice iwlwifi liquidio mediatek netronome qcom qlogic radeon rtl_nic rtlwifi
`)

export const kubeComponents = words(
  'kube-apiserver kube-controller-manager kube-scheduler kube-proxy kubelet kubeadm kubectl',
)
export const kubeVersions = words('1.28 1.29 1.30 1.31 1.32 1.33')
export const cudaComponents = words(`
  cuda-cudart cuda-nvcc cuda-nvrtc cuda-cupti cuda-nvtx cuda-profiler-api cuda-gdb cuda-toolkit libcublas libcufft
  libcurand libcusolver libcusparse libnpp libnvjpeg
`)
export const cudaVersions = words('12.4 12.5 12.6 12.8 12.9')
