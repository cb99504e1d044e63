#pragma once
// A proposal's own fields: their labels, their checks, and the fixed choices.
#include <string>
#include <vector>

#include "core/field_errors.hpp"
#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

const FieldLabels& labels();
extern const std::vector<std::string> kSources;  // member party special_committee sector_group
extern const std::vector<std::string> kRatings;  // 满意 基本满意 不满意

// Checks a draft's fields and references (category of the committee, special committee, sector).
void validate_draft(storage::Tx& tx, const Caller& who, const Draft& d, FieldErrors& e);
// The latest date a reply may be due after extensions: max_handling_days after the first assignment.
std::string latest_due(storage::Tx& tx, int64_t committee_id, int64_t proposal_id);
std::string extended_due(const std::string& due, int64_t days);
// Is this a serving member of the committee's current term?
bool is_current_member(storage::Tx& tx, int64_t committee_id, int64_t member_id);

}  // namespace zhixie::proposals
