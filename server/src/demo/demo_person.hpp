#pragma once
// A demo login of a committee as the use cases see it (principal and actor), for seeds that act through
// the use cases.
#include <cstdint>
#include <optional>
#include <string>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::demo {

struct Person {
    auth::Principal me;
    audit::Actor actor;
};

// The user of that name in the committee, or nothing.
std::optional<Person> person(storage::Db& db, int64_t committee_id, const std::string& username);

}  // namespace zhixie::demo
