#pragma once
// The signed-in user as every use case sees them: who, which committee, which permissions.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace zhixie::auth {

struct Principal {
    int64_t session_id = 0;
    int64_t user_id = 0;
    int64_t committee_id = 0;
    std::string committee_code;
    std::string committee_name;
    std::string committee_level;
    std::string username;
    std::string display_name;
    std::string csrf_token;
    std::vector<std::string> roles;
    std::set<std::string> permissions;
    bool must_change_password = false;

    bool has(const std::string& permission) const { return permissions.count(permission) > 0; }
};

}  // namespace zhixie::auth
