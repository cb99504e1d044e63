#pragma once
// Checks shared by the list use cases (create_entry, update_entry).
#include <cstdint>
#include <optional>

#include "domains/org/lists.hpp"

namespace zhixie::org {

// 409 duplicate (name) when another entry of the list has the name; 400 when a member link names no member
// of the committee.
void check_entry_values(storage::Tx& tx, const ListSpec& spec, int64_t committee_id, const Changes& values,
                        std::optional<int64_t> except_id);

}  // namespace zhixie::org
