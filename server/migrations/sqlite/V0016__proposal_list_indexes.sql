-- Proposals at province scale (bench/proposals.mjs: 1,000,000 proposals, 10,000 per committee): the list
-- without a year filter pages newest first over the whole committee; this index gives that order, so a page
-- reads its rows instead of sorting all of the committee's proposals (the year-filtered list already has
-- proposals_list).
CREATE INDEX proposals_committee ON proposals(committee_id, id);
