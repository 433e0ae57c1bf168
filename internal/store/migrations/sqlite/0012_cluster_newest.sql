-- The lists of latest stories (StoryLeads: front, topic, province, source
-- and search pages) check for each row they read that no newer row of its
-- story matches the list. By articles_cluster (cluster_id) that check read
-- every row of the story for each of the story's rows a page met: a page's
-- cost grew with the square of a big story's size (a story of 2,000
-- reports: 0.7 s a province page on SQLite). articles_cluster_newest holds
-- a story's rows in the lists' order, so the check reads only the story's
-- rows newer than the row (rowconds.go, newerThan). It replaces
-- articles_cluster, a prefix of it: every lookup by story uses it, and the
-- planners, left the choice, took the smaller index when stories are small
-- on average — the big story's pages then were as slow as before.
-- No table changes; a bantin of 0011 runs on this schema unchanged.
CREATE INDEX articles_cluster_newest ON articles (cluster_id, published_at DESC, id DESC);
DROP INDEX articles_cluster;
