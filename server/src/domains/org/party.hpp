#pragma once
// Rules of the Party organisation tree shared by its use cases.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "storage/db.hpp"

namespace zhixie::org {

// Each kind sits below the one before it (leading_group → organ_group → branch → cell): the leading group
// has no parent, every other kind needs a parent of a higher level in the same committee (400 otherwise).
void check_party_parent(storage::Tx& tx, int64_t committee_id, const std::string& kind,
                        const std::optional<int64_t>& parent_id);
// The organisation's own fields (for audit summaries); 404 when not in the committee.
nlohmann::json party_org_summary(storage::Tx& tx, int64_t committee_id, int64_t id);

}  // namespace zhixie::org
