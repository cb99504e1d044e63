#pragma once
// The shared SELECT of a link with both ends' names and its contact count, used by every listing.
#include <nlohmann/json.hpp>

#include "storage/db.hpp"

namespace zhixie::liaison {

extern const char* kLinkSelect;  // ends with "WHERE l.committee_id = :c AND l.ended_at IS NULL"
// {"items", "total"} of link rows selected with kLinkSelect (the contact count as a number on every
// database).
nlohmann::json links_json(const storage::Rows& rows);

}  // namespace zhixie::liaison
