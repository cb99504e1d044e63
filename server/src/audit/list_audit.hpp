#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "storage/db.hpp"

namespace zhixie::audit {

struct AuditQuery {
    std::string action;  // prefix match: "auth." or "user.created"
    std::string actor;   // username
    std::string object_type;
    std::string from;  // YYYY-MM-DD (inclusive, China time)
    std::string to;    // YYYY-MM-DD (inclusive, China time)
    int64_t page = 1;
    int64_t page_size = 20;
};

// The caller's committee's trail, newest first: {"items":[…],"total"}.
nlohmann::json list_audit(storage::Db& db, const auth::Principal& me, const AuditQuery& q);

}  // namespace zhixie::audit
