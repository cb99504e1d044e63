#pragma once
// The duty records of acts that other domains own and that existed before the duty domain: a proposal's
// proposers (filed, accepted) and a liaison contact. Each domain calls these in the transaction of the act
// (one line); the demo seed calls them again to backfill, which changes nothing that is already right.
#include <cstdint>

#include "storage/db.hpp"

namespace zhixie::duty {

// Brings the proposal's records in line with its state. Every confirmed proposer (the lead member and the
// co-signers who confirmed) has a proposal_filed record once it is submitted and a proposal_accepted record
// once it is accepted (立案, or merged into an accepted case), each with share 1/number of proposers; the
// lead's source_type is "proposal", a co-signer's "proposal_cosign" (the rules may count them differently).
// Returned for revision or rejected (不予立案): no filed record; converted to an opinion: filed, not
// accepted; back to a draft: none.
void sync_proposal(storage::Tx& tx, int64_t committee_id, int64_t proposal_id);

// A contact logged on a liaison link counts as a contact (联系群众) of the link's member.
void record_contact(storage::Tx& tx, int64_t committee_id, int64_t contact_log_id);

}  // namespace zhixie::duty
