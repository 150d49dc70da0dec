-- The feed's source of truth; the boot3_feed_ prefix keeps it apart on a shared database.
CREATE TABLE IF NOT EXISTS boot3_feed_accounts (
  randid varchar(40) PRIMARY KEY,
  name varchar(100) NOT NULL,
  created_at timestamp(3) NOT NULL
);

CREATE TABLE IF NOT EXISTS boot3_feed_posts (
  randid varchar(40) PRIMARY KEY,
  user_id varchar(40) NOT NULL,
  author_randid varchar(40) NOT NULL,
  title varchar(200) NOT NULL,
  created_at timestamp(3) NOT NULL
);
