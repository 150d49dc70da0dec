-- The sample's source of truth (spring.sql.init runs this at startup). The sample_ prefix keeps
-- these tables apart from other tests on a shared database.
CREATE TABLE IF NOT EXISTS sample_accounts (
  randid varchar(40) PRIMARY KEY,
  name varchar(100) NOT NULL,
  handle varchar(100),
  created_at timestamp(3) NOT NULL
);

CREATE TABLE IF NOT EXISTS sample_posts (
  randid varchar(40) PRIMARY KEY,
  user_id varchar(40) NOT NULL,
  author_randid varchar(40) NOT NULL,
  title varchar(200) NOT NULL,
  content text,
  status varchar(20) NOT NULL DEFAULT 'active',
  created_at timestamp(3) NOT NULL
);

CREATE INDEX IF NOT EXISTS sample_posts_feed ON sample_posts (user_id, created_at);
