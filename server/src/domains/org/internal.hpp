#pragma once
// Helpers the organisation use cases share with each other (and the staff domain); not an API of their own.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domains/org/org.hpp"
#include "storage/db.hpp"

namespace zhixie::org {

// 409 duplicate (field name) when another active body of the committee has this name.
void check_body_name(storage::Tx& tx, int64_t committee_id, const std::string& name,
                     std::optional<int64_t> except_id);
// Renames a body and records the 'renamed' event (the caller bumps the version and audits).
void rename_body(storage::Tx& tx, int64_t committee_id, int64_t body_id, const std::string& old_name,
                 const std::string& new_name, const std::string& on_date, const std::string& note);
// Posts as JSON (for audit summaries).
nlohmann::json posts_json(const std::vector<PostSpec>& posts);
std::vector<PostSpec> current_posts(storage::Tx& tx, int64_t body_id);

}  // namespace zhixie::org
