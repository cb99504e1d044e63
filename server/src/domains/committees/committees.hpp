#pragma once
// Committees (政协, the tenants) in their hierarchy: national > province > city > county.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::committees {

// Every committee, for the sign-in chooser: {"items":[{code,name,level}],"total"}
nlohmann::json list_for_sign_in(storage::Db& db);
// The caller's own committee with its chain of parents.
nlohmann::json current(storage::Db& db, const auth::Principal& me);
// The caller's committee and everything below it, each with parent_code and depth.
nlohmann::json subtree(storage::Db& db, const auth::Principal& me);

struct NewCommittee {
    std::string code;
    std::string name;
    std::string short_name;
    std::string level;
    std::string region;
    std::optional<int64_t> parent_id;
};
// Creates a committee (used by seed-demo and by platform administrators under their own subtree).
int64_t create(storage::Tx& tx, const audit::Actor& actor, const NewCommittee& c);

}  // namespace zhixie::committees
