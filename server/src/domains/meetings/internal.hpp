#pragma once
// What the meetings use cases share beyond the public header.
#include <string>

#include "domains/meetings/meetings.hpp"

namespace zhixie::meetings {

// "全体会议", "支部委员会"… for a kind (and the 三会一课 party kind).
std::string kind_name(const std::string& kind, const std::string& party_kind = "");
// Checks the fields (422 with every problem) and gives the row's values: kind, party_kind, party_org_id,
// body_id, title, agenda, place, starts_at, ends_at, opens, closes, topic, lecturers, minutes.
storage::Params meeting_params(storage::Tx& tx, int64_t committee_id, Lang lang, const MeetingFields& f);
// The member record of the signed-in user in their committee, if any.
std::optional<int64_t> my_member_id(storage::Tx& tx, const auth::Principal& me);

}  // namespace zhixie::meetings
