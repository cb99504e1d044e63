#pragma once
// Demo data: the two committees from the seed reports with their parents, one login per default role,
// the default workflows and each committee's organisation and office staff (seed_org.hpp). Idempotent:
// running it again adds only what is missing.
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace zhixie::demo {

inline constexpr const char* kDemoPassword = "Zhixie#2026";

struct DemoLogin {
    std::string committee_code;
    std::string username;
    std::string password;
    std::string role;
};

std::vector<DemoLogin> seed_demo(storage::Db& db);

}  // namespace zhixie::demo
